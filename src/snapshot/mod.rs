//! `weft test`: snapshot tests of what programs print, from scripts (with
//! a `NAME.py.snap` beside each) and from the Python blocks of Markdown
//! notes (with the Output blocks that follow them).
//!
//! Each test file runs in a child weft process on the virtual clock
//! (`runner`); what it printed is held against the snapshot (`format`,
//! `matching`) or the note's Output blocks (`markdown`, `notes`, and the
//! child side, `notebook`); `report` renders the results, and `review`
//! writes accepted outputs back.

mod discover;
pub mod format;
mod markdown;
mod matching;
pub mod notebook;
mod notes;
mod report;
mod review;
mod runner;
mod scripts;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use discover::Kind;
use format::Snapshot;
use notes::Note;
use runner::Exit;

/// What the command line asked for.
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub update: bool,
    pub review: bool,
    pub real_clock: bool,
    pub jobs: usize,
    pub filter: Option<String>,
    pub timeout: Duration,
}

impl Options {
    fn clock(&self) -> &'static str {
        if self.real_clock {
            "real"
        } else {
            "virtual"
        }
    }
}

/// One test: a script, or a Markdown block that has an Output block,
/// expects an error, or raised.
pub struct Test {
    pub name: String,
    pub outcome: Outcome,
    /// Why it failed, in the order found.
    pub problems: Vec<Problem>,
    /// What accepting its output would write.
    pub fix: Option<Fix>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    /// No snapshot yet (counts as failed).
    New,
    Skipped,
    /// Failed, and its snapshot or Output block was rewritten.
    Updated,
}

impl Test {
    fn new(name: String) -> Test {
        Test {
            name,
            outcome: Outcome::Passed,
            problems: Vec::new(),
            fix: None,
        }
    }

    fn fail(&mut self, problem: Problem) {
        self.outcome = Outcome::Failed;
        self.problems.push(problem);
    }

    /// Would writing its output make it pass? Only when nothing but the
    /// expected output is wrong: an unexpected error is not accepted.
    fn fixable(&self) -> bool {
        self.fix.is_some()
            && self.problems.iter().all(|p| {
                matches!(
                    p,
                    Problem::SnapshotDiffers { .. }
                        | Problem::NewSnapshot { .. }
                        | Problem::BadSnapshot { .. }
                        | Problem::OutputDiffers { .. }
                )
            })
    }
}

/// Why a test failed.
pub enum Problem {
    SnapshotDiffers {
        snap: String,
        expected: Snapshot,
        actual: Snapshot,
    },
    NewSnapshot {
        /// The `.snap.new` written, if one was.
        new_path: Option<String>,
        actual: Snapshot,
    },
    /// A snapshot or note that cannot be read.
    BadSnapshot {
        snap: String,
        error: String,
    },
    OutputDiffers {
        note: Arc<Note>,
        block: usize,
        expected: String,
        actual: String,
    },
    Raised {
        note: Arc<Note>,
        block: usize,
        traceback: String,
    },
    DidNotRaise {
        note: Arc<Note>,
        block: usize,
    },
    /// The process ended before the test did: timed out, crashed, or exited.
    Stopped {
        /// For a note: the block that was running.
        block: Option<(Arc<Note>, usize)>,
        exit: Exit,
        stdout: String,
        stderr: String,
        seconds: f64,
    },
    /// An earlier block of the note stopped it (at this line).
    NotRun {
        line: usize,
    },
}

/// Accepting a test's output: what to write where.
pub enum Fix {
    Snapshot {
        path: PathBuf,
        /// Removed once the snapshot is written or rejected.
        new_path: PathBuf,
        text: String,
    },
    Output {
        note: Arc<Note>,
        block: usize,
        text: String,
    },
}

/// Runs `weft test`; exit status 1 when any test failed, 2 when the
/// command itself could not run.
pub fn main(opts: Options) -> ExitCode {
    let paths = if opts.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        opts.paths.clone()
    };
    let files = match discover::files(&paths) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("weft test: {e}");
            return ExitCode::from(2);
        }
    };
    let files: Vec<_> = match &opts.filter {
        Some(filter) => files
            .into_iter()
            .filter(|f| match f.kind {
                Kind::Script => f.name.contains(filter.as_str()),
                Kind::Note => notes::picked(f, filter),
            })
            .collect(),
        None => files,
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let style = report::Style { color };
    let mut tests: Vec<Test> = Vec::new();
    let mut stdout = std::io::stdout();
    runner::in_parallel(
        &files,
        opts.jobs,
        |file| match file.kind {
            Kind::Script => vec![scripts::check(file, &opts)],
            Kind::Note => notes::check(file, &opts),
        },
        |batch| {
            let mut batch: Vec<Test> = batch
                .into_iter()
                .filter(|t| opts.filter.as_ref().is_none_or(|f| t.name.contains(f)))
                .collect();
            if opts.update {
                review::update(&mut batch);
            }
            for test in &batch {
                let _ = writeln!(stdout, "{}", style.status_line(test));
            }
            let _ = stdout.flush();
            tests.extend(batch);
        },
    );
    let failures: Vec<usize> = (0..tests.len())
        .filter(|&i| matches!(tests[i].outcome, Outcome::Failed | Outcome::New))
        .collect();
    if !failures.is_empty() {
        let _ = writeln!(stdout, "\nfailures:");
    }
    if opts.review {
        review::review(&mut tests, &failures, &style);
    } else {
        for &i in &failures {
            let _ = write!(stdout, "\n{}", style.details(&tests[i]));
        }
    }
    let count = |o: Outcome| tests.iter().filter(|t| t.outcome == o).count();
    let failed = count(Outcome::Failed) + count(Outcome::New);
    let _ = writeln!(
        stdout,
        "\n{}",
        style.summary(
            count(Outcome::Passed),
            failed,
            count(Outcome::Skipped),
            count(Outcome::Updated)
        )
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
