//! Testing a Markdown note: run its blocks in one `weft notebook` child
//! process and hold each block's output against its Output block.

use std::collections::HashMap;
use std::sync::Arc;

use super::discover::TestFile;
use super::markdown::{self, Block, Directive};
use super::matching::{normalise, text_matches};
use super::runner::{frame_token, run_weft, split_frames};
use super::scripts::{place_of, Place};
use super::{Fix, Options, Outcome, Problem, Test};

/// A note as read, shared by the reports and fixes of its blocks.
#[derive(Debug)]
pub struct Note {
    pub path: std::path::PathBuf,
    pub name: String,
    pub text: String,
    pub blocks: Vec<Block>,
}

/// What one block did.
struct Result {
    printed: String,
    stderr: String,
    raised: bool,
}

fn test_name(file: &TestFile, block: &Block) -> String {
    format!("{}:{}", file.name, block.code.line)
}

/// Does this note hold a test `--filter` picks (counting every block,
/// since any block that raises becomes one)?
pub fn picked(file: &TestFile, filter: &str) -> bool {
    if file.name.contains(filter) {
        return true;
    }
    match std::fs::read(&file.path) {
        Ok(bytes) => markdown::blocks(&String::from_utf8_lossy(&bytes))
            .iter()
            .any(|b| test_name(file, b).contains(filter)),
        Err(_) => false,
    }
}

pub fn check(file: &TestFile, opts: &Options) -> Vec<Test> {
    let text = match std::fs::read(&file.path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => return vec![unreadable(file, "the file is not UTF-8".into())],
        Err(e) => return vec![unreadable(file, e.to_string())],
    };
    let blocks = markdown::blocks(&text);
    if blocks.is_empty() {
        return Vec::new();
    }
    let note = Arc::new(Note {
        path: file.path.clone(),
        name: file.name.clone(),
        text,
        blocks,
    });
    let Place {
        cwd,
        dir,
        file: base,
    } = place_of(&file.path);
    let frame = frame_token();
    let ran = run_weft(
        &[
            "notebook",
            "--clock",
            opts.clock(),
            "--frame",
            &frame,
            &base,
        ],
        &cwd,
        opts.timeout,
    );
    let (outs, rest_out) = split_frames(&ran.stdout, &frame);
    let (errs, rest_err) = split_frames(&ran.stderr, &frame);
    let stderr_of: HashMap<usize, String> = errs.into_iter().map(|f| (f.index, f.text)).collect();
    let mut results: HashMap<usize, Result> = HashMap::new();
    for part in outs {
        let stderr = stderr_of.get(&part.index).cloned().unwrap_or_default();
        let printed = normalise(&(part.text + &stderr), dir.as_deref());
        let result = Result {
            printed,
            stderr: normalise(&stderr, dir.as_deref()),
            raised: part.mark == "raised",
        };
        results.insert(part.index, result);
    }
    // The first block to run that left no mark is where the child stopped.
    let stopped = (0..note.blocks.len())
        .find(|&i| note.blocks[i].directive != Directive::Skip && !results.contains_key(&i));
    let mut tests = Vec::new();
    for (index, block) in note.blocks.iter().enumerate() {
        let mut test = Test::new(test_name(file, block));
        let expect_error = block.directive == Directive::ExpectError;
        if block.directive == Directive::Skip {
            test.outcome = Outcome::Skipped;
        } else if let Some(result) = results.get(&index) {
            if !result.raised && !expect_error && block.output.is_none() {
                continue;
            }
            check_block(&mut test, &note, index, result);
        } else if Some(index) == stopped {
            test.fail(Problem::Stopped {
                block: Some((note.clone(), index)),
                exit: ran.exit.clone(),
                stdout: normalise(&rest_out, dir.as_deref()),
                stderr: normalise(&rest_err, dir.as_deref()),
                seconds: opts.timeout.as_secs_f64(),
            });
        } else if block.output.is_some() || expect_error {
            let line = stopped.map_or(0, |s| note.blocks[s].code.line);
            test.fail(Problem::NotRun { line });
        } else {
            continue;
        }
        tests.push(test);
    }
    tests
}

fn check_block(test: &mut Test, note: &Arc<Note>, index: usize, result: &Result) {
    let block = &note.blocks[index];
    let expect_error = block.directive == Directive::ExpectError;
    if result.raised && !expect_error {
        test.fail(Problem::Raised {
            note: note.clone(),
            block: index,
            traceback: result.stderr.clone(),
        });
    }
    if !result.raised && expect_error {
        test.fail(Problem::DidNotRaise {
            note: note.clone(),
            block: index,
        });
    }
    if let Some(output) = &block.output {
        let expected = normalise(&output.text, None);
        if !text_matches(&expected, &result.printed) {
            test.fail(Problem::OutputDiffers {
                note: note.clone(),
                block: index,
                expected,
                actual: result.printed.clone(),
            });
            test.fix = Some(Fix::Output {
                note: note.clone(),
                block: index,
                text: result.printed.clone(),
            });
        }
    }
}

fn unreadable(file: &TestFile, error: String) -> Test {
    let mut test = Test::new(file.name.clone());
    test.fail(Problem::BadSnapshot {
        snap: file.name.clone(),
        error,
    });
    test
}
