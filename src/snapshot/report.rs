//! What `weft test` prints: a line per test, then each failure explained
//! (a line diff; for Markdown, an ariadne report pointing into the note),
//! then `N passed, M failed`.

use super::format::Snapshot;
use super::matching::{diff, text_matches, DiffLine};
use super::notes::Note;
use super::runner::Exit;
use super::{Outcome, Problem, Test};

/// Unchanged lines shown around each change in a diff.
const CONTEXT: usize = 3;

pub struct Style {
    pub color: bool,
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

impl Style {
    fn paint(&self, color: &str, text: &str) -> String {
        if self.color {
            format!("{color}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// `test NAME ... ok` (or FAILED, new, skipped, updated).
    pub fn status_line(&self, test: &Test) -> String {
        let word = match test.outcome {
            Outcome::Passed => self.paint(GREEN, "ok"),
            Outcome::Failed => self.paint(RED, "FAILED"),
            Outcome::New => self.paint(YELLOW, "new"),
            Outcome::Skipped => self.paint(YELLOW, "skipped"),
            Outcome::Updated => self.paint(GREEN, "updated"),
        };
        format!("test {} ... {word}", test.name)
    }

    /// `N passed, M failed`, then `, K skipped` and `, U updated` if any.
    pub fn summary(&self, passed: usize, failed: usize, skipped: usize, updated: usize) -> String {
        let mut text = format!("{passed} passed, {failed} failed");
        if skipped > 0 {
            text.push_str(&format!(", {skipped} skipped"));
        }
        if updated > 0 {
            text.push_str(&format!(", {updated} updated"));
        }
        let color = if failed > 0 { RED } else { GREEN };
        self.paint(color, &text)
    }

    /// Why a test failed, with a heading naming it.
    pub fn details(&self, test: &Test) -> String {
        let mut text = self.paint(BOLD, &format!("---- {} ----", test.name));
        text.push('\n');
        let output_differs = test
            .problems
            .iter()
            .any(|p| matches!(p, Problem::OutputDiffers { .. }));
        for problem in &test.problems {
            text.push_str(&self.problem(problem, output_differs));
        }
        text
    }

    fn problem(&self, problem: &Problem, output_differs: bool) -> String {
        match problem {
            Problem::SnapshotDiffers {
                snap,
                expected,
                actual,
            } => self.snapshot_diff(snap, expected, actual),
            Problem::NewSnapshot { new_path, actual } => {
                let mut text = match new_path {
                    Some(path) => format!(
                        "no snapshot yet; wrote {path} (accept it with --review or --update):\n"
                    ),
                    None => "no snapshot yet; it would hold:\n".to_string(),
                };
                for line in actual.render().lines() {
                    text.push_str(&self.paint(GREEN, &format!("+{line}")));
                    text.push('\n');
                }
                text
            }
            Problem::BadSnapshot { snap, error } => format!("can't read {snap}: {error}\n"),
            Problem::OutputDiffers {
                note,
                block,
                expected,
                actual,
            } => {
                let fence = note.blocks[*block].output.as_ref();
                let span = fence.map_or(0..0, |f| {
                    if f.content.is_empty() {
                        f.whole.start..f.whole.start
                    } else {
                        f.content.start..f.content.end.saturating_sub(1)
                    }
                });
                let mut text = self.snippet(
                    note,
                    span,
                    "the output differs from the Output block",
                    "expected this output",
                );
                text.push_str("(- expected, + actual)\n");
                text.push_str(&self.diff(expected, actual));
                text
            }
            Problem::Raised {
                note,
                block,
                traceback,
            } => {
                if !traceback.starts_with("Traceback") {
                    // A syntax error: its report points into the note.
                    return traceback.clone();
                }
                // The exception: the traceback's last unindented line (a
                // deadlock lists the waiting tasks after it, indented).
                let last = traceback
                    .lines()
                    .rev()
                    .find(|l| !l.is_empty() && !l.starts_with(char::is_whitespace))
                    .unwrap_or("an exception");
                let span = raise_site(note, *block, traceback);
                let mut text = self.snippet(
                    note,
                    span,
                    "this block raised an exception",
                    &format!("raised {last}"),
                );
                // The diff of the output shows the traceback already.
                if !output_differs {
                    text.push_str(traceback);
                    if !traceback.ends_with('\n') {
                        text.push('\n');
                    }
                }
                text
            }
            Problem::DidNotRaise { note, block } => {
                let fence = &note.blocks[*block].code;
                let first_line = note
                    .text
                    .get(fence.whole.clone())
                    .and_then(|t| t.lines().next());
                let start = fence.whole.start;
                self.snippet(
                    note,
                    start..start + first_line.map_or(0, str::len),
                    "this block ran to the end without raising",
                    "marked <!-- weft: expect-error -->",
                )
            }
            Problem::Stopped {
                block,
                exit,
                stdout,
                stderr,
                seconds,
            } => {
                // Where the note's block was when it stopped: the line its
                // KeyboardInterrupt traceback names, if it printed one.
                let mut text = match block {
                    Some((note, block)) => self.snippet(
                        note,
                        raise_site(note, *block, stderr),
                        "this block did not finish",
                        "running here when it stopped",
                    ),
                    None => String::new(),
                };
                text += &match exit {
                    Exit::TimedOut => format!(
                        "timed out: still running after {seconds} s (--timeout), so it was stopped\n"
                    ),
                    Exit::Status(code) => {
                        format!("weft exited with status {code} before the test finished\n")
                    }
                    Exit::Signal(libc::SIGINT) => {
                        "interrupted (KeyboardInterrupt) before the test finished\n".to_string()
                    }
                    Exit::Signal(signal) => format!("weft was killed by signal {signal}\n"),
                    Exit::Failed(why) => format!("{why}\n"),
                };
                for (name, out) in [("stdout", stdout), ("stderr", stderr)] {
                    if !out.is_empty() {
                        text.push_str(&format!("its {name} so far:\n"));
                        for line in out.lines() {
                            text.push_str(&format!("  {line}\n"));
                        }
                    }
                }
                text
            }
            Problem::NotRun { line } => {
                format!("not run: the note stopped at the block on line {line}\n")
            }
        }
    }

    fn snapshot_diff(&self, snap: &str, expected: &Snapshot, actual: &Snapshot) -> String {
        let mut text = format!("the output differs from {snap} (- expected, + actual):\n");
        if expected.status != actual.status {
            text.push_str(&format!(
                "exit status: expected {}, got {}\n",
                expected.status, actual.status
            ));
        }
        for (name, want, got) in [
            ("stderr", &expected.stderr, &actual.stderr),
            ("stdout", &expected.stdout, &actual.stdout),
        ] {
            if !text_matches(want, got) {
                text.push_str(&format!("[{name}]\n"));
                text.push_str(&self.diff(want, got));
            }
        }
        if actual.stderr.contains("RuntimeError: deadlock:") {
            text.push_str(
                "note: the program deadlocked: every task was waiting and nothing could wake them\n",
            );
        }
        text
    }

    /// A line diff, long runs of unchanged lines folded away.
    pub fn diff(&self, expected: &str, actual: &str) -> String {
        let lines = diff(expected, actual);
        let changed: Vec<bool> = lines
            .iter()
            .map(|l| !matches!(l, DiffLine::Same(_)))
            .collect();
        let near_change = |i: usize| {
            let from = i.saturating_sub(CONTEXT);
            let to = (i + CONTEXT + 1).min(lines.len());
            changed[from..to].iter().any(|&c| c)
        };
        let mut text = String::new();
        let mut folded = 0;
        for (i, line) in lines.iter().enumerate() {
            if !near_change(i) {
                folded += 1;
                continue;
            }
            if folded > 0 {
                text.push_str(&self.folded(folded));
                folded = 0;
            }
            let shown = match line {
                DiffLine::Same(l) => self.paint(DIM, &format!(" {l}")),
                DiffLine::Expected(l) => self.paint(RED, &format!("-{l}")),
                DiffLine::Actual(l) => self.paint(GREEN, &format!("+{l}")),
            };
            text.push_str(&shown);
            text.push('\n');
        }
        if folded > 0 {
            text.push_str(&self.folded(folded));
        }
        text
    }

    fn folded(&self, lines: usize) -> String {
        let noun = if lines == 1 { "line" } else { "lines" };
        self.paint(DIM, &format!("  ({lines} {noun} as expected)")) + "\n"
    }

    fn snippet(
        &self,
        note: &Note,
        span: std::ops::Range<usize>,
        title: &str,
        label: &str,
    ) -> String {
        crate::diag::snippet(&note.name, &note.text, span, title, label, self.color)
    }
}

/// Where in the note a block raised: the last line of the traceback that
/// names the note, else the block's opening fence.
fn raise_site(note: &Note, block: usize, traceback: &str) -> std::ops::Range<usize> {
    let base = note
        .path
        .file_name()
        .map(|n| n.to_string_lossy().to_string());
    let needle = format!("File \"{}\", line ", base.unwrap_or_default());
    let line = traceback
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix(&needle))
        .filter_map(|rest| rest.split(',').next()?.trim().parse::<usize>().ok())
        .next_back();
    let fence = &note.blocks[block].code;
    let target = line.unwrap_or(fence.line);
    let mut start = 0;
    for (i, text) in note.text.split_inclusive('\n').enumerate() {
        if i + 1 == target {
            let body = text.trim_end_matches(['\n', '\r']);
            let indent = body.len() - body.trim_start().len();
            return start + indent..start + body.len();
        }
        start += text.len();
    }
    fence.whole.start..fence.whole.start
}
