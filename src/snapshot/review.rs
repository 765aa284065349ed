//! Accepting what programs print now: `--update` writes every fixable
//! failure's output; `--review` asks about each one, like `cargo insta
//! review`.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::markdown;
use super::report::Style;
use super::{Fix, Outcome, Test};

/// Writes the output of every failed test that only printed something
/// other than expected, and marks it updated.
pub fn update(tests: &mut [Test]) {
    let picked: Vec<usize> = (0..tests.len())
        .filter(|&i| tests[i].outcome != Outcome::Skipped && tests[i].fixable())
        .collect();
    apply(tests, &picked);
}

/// Writes the fixes of `tests[i]` for each picked `i`: snapshots one by
/// one, Markdown notes once each with all their picked blocks rewritten.
/// A test whose fix is written is marked updated; one that could not be
/// written says why and stays failed.
fn apply(tests: &mut [Test], picked: &[usize]) {
    let mut notes: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for &i in picked {
        let updated = match &tests[i].fix {
            Some(Fix::Snapshot {
                path,
                new_path,
                text,
            }) => {
                let ok = written(std::fs::write(path, text), path);
                if ok {
                    let _ = std::fs::remove_file(new_path);
                }
                ok
            }
            Some(Fix::Output { note, .. }) => {
                notes.entry(note.path.clone()).or_default().push(i);
                false
            }
            None => false,
        };
        if updated {
            tests[i].outcome = Outcome::Updated;
        }
    }
    for (path, picked) in notes {
        let mut replacements = Vec::new();
        let mut text = None;
        for &i in &picked {
            if let Some(Fix::Output {
                note,
                block,
                text: output,
            }) = &tests[i].fix
            {
                if let Some(fence) = note.blocks[*block].output.as_ref() {
                    replacements.push((fence, output.as_str()));
                    text = Some(note.text.as_str());
                }
            }
        }
        let Some(text) = text else { continue };
        let rewritten = markdown::rewrite(text, &replacements);
        if written(std::fs::write(&path, rewritten), &path) {
            for &i in &picked {
                tests[i].outcome = Outcome::Updated;
            }
        }
    }
}

fn written(result: std::io::Result<()>, path: &std::path::Path) -> bool {
    match result {
        Ok(()) => true,
        Err(e) => {
            eprintln!("weft test: can't write {}: {e}", path.display());
            false
        }
    }
}

/// Walks through the failures: shows each, and for those whose output
/// could be accepted asks whether to accept it, reject it or skip it.
/// Answers come from stdin, a line each; at its end the rest are skipped.
pub fn review(tests: &mut [Test], failures: &[usize], style: &Style) {
    let stdin = std::io::stdin();
    let mut answers = stdin.lock().lines();
    let mut stdout = std::io::stdout();
    let mut accepted = Vec::new();
    let mut out_of_answers = false;
    for &i in failures {
        let _ = write!(stdout, "\n{}", style.details(&tests[i]));
        if !tests[i].fixable() || out_of_answers {
            continue;
        }
        loop {
            let _ = write!(stdout, "accept, reject or skip? [a/r/s] ");
            let _ = stdout.flush();
            let answer = match answers.next() {
                Some(Ok(line)) => line,
                _ => {
                    out_of_answers = true;
                    let _ = writeln!(stdout);
                    break;
                }
            };
            match answer.trim() {
                "a" | "accept" => accepted.push(i),
                "r" | "reject" => {
                    // Rejected: no snapshot-to-be is left lying about.
                    if let Some(Fix::Snapshot { new_path, .. }) = &tests[i].fix {
                        let _ = std::fs::remove_file(new_path);
                    }
                }
                "s" | "skip" => {}
                _ => continue,
            }
            break;
        }
    }
    apply(tests, &accepted);
}
