//! The snapshot file (`foo.py.snap`): plain text a person reads and edits.
//!
//! A program that exits 0 and writes nothing to stderr has a snapshot that
//! is exactly its stdout. Otherwise a header comes first, and stdout last,
//! verbatim:
//!
//! ```text
//! [exit status 1]
//! [stderr]
//! Traceback (most recent call last):
//! ...
//! ZeroDivisionError: division by zero
//! [stdout]
//! what the program printed
//! ```
//!
//! `[exit status N]` appears when N is not 0, `[stderr]` and its lines when
//! stderr is not empty, and `[stdout]` before stdout whenever there is a
//! header (or stdout's own first line looks like one). Because stdout is
//! last and runs to the end of the file, it may hold any text at all.

/// What a program did: what the snapshot records and what a run produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub status: i32,
    pub stderr: String,
    pub stdout: String,
}

const STDERR: &str = "[stderr]";
const STDOUT: &str = "[stdout]";

fn exit_status_line(line: &str) -> Option<Option<i32>> {
    let inner = line.strip_prefix("[exit status ")?.strip_suffix(']')?;
    Some(inner.trim().parse().ok())
}

fn is_header_line(line: &str) -> bool {
    line == STDERR || line == STDOUT || exit_status_line(line).is_some()
}

fn first_line(text: &str) -> &str {
    let line = text.split('\n').next().unwrap_or("");
    line.strip_suffix('\r').unwrap_or(line)
}

impl Snapshot {
    /// Reads a snapshot file's text; an error names the line that is wrong.
    pub fn parse(text: &str) -> Result<Snapshot, String> {
        let mut snap = Snapshot {
            status: 0,
            stderr: String::new(),
            stdout: String::new(),
        };
        if !is_header_line(first_line(text)) {
            snap.stdout = text.to_string();
            return Ok(snap);
        }
        let mut rest = text;
        let mut line_no = 0;
        let mut in_stderr = false;
        while !rest.is_empty() {
            line_no += 1;
            let (line, after) = match rest.find('\n') {
                Some(k) => (&rest[..k], &rest[k + 1..]),
                None => (rest, ""),
            };
            let bare = line.strip_suffix('\r').unwrap_or(line);
            if bare == STDOUT {
                snap.stdout = after.to_string();
                return Ok(snap);
            }
            if in_stderr {
                snap.stderr.push_str(&rest[..rest.len() - after.len()]);
            } else if bare == STDERR {
                in_stderr = true;
            } else if let Some(status) = exit_status_line(bare) {
                snap.status = status
                    .ok_or_else(|| format!("line {line_no}: the exit status is not a number"))?;
            } else {
                return Err(format!(
                    "line {line_no}: expected [stderr] or [stdout] after the header, found {bare:?}"
                ));
            }
            rest = after;
        }
        Ok(snap)
    }

    /// The snapshot file's text (`parse` reads it back unchanged).
    pub fn render(&self) -> String {
        if self.status == 0 && self.stderr.is_empty() && !is_header_line(first_line(&self.stdout)) {
            return self.stdout.clone();
        }
        let mut text = String::new();
        if self.status != 0 {
            text.push_str(&format!("[exit status {}]\n", self.status));
        }
        if !self.stderr.is_empty() {
            text.push_str(STDERR);
            text.push('\n');
            text.push_str(&self.stderr);
            if !self.stderr.ends_with('\n') {
                text.push('\n');
            }
        }
        if !self.stdout.is_empty() {
            text.push_str(STDOUT);
            text.push('\n');
            text.push_str(&self.stdout);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(status: i32, stderr: &str, stdout: &str) -> Snapshot {
        Snapshot {
            status,
            stderr: stderr.into(),
            stdout: stdout.into(),
        }
    }

    #[test]
    fn plain_output_is_the_whole_file() {
        let s = snap(0, "", "hello\nworld\n");
        assert_eq!(s.render(), "hello\nworld\n");
        assert_eq!(Snapshot::parse("hello\nworld\n"), Ok(s));
    }

    #[test]
    fn header_round_trips() {
        for s in [
            snap(1, "Traceback\nValueError: x\n", "partial\n"),
            snap(3, "", ""),
            snap(0, "warning\n", "[stdout]\nlooks like a header\n"),
            snap(0, "", "[exit status 2]\n"),
            snap(2, "", "no newline"),
        ] {
            assert_eq!(
                Snapshot::parse(&s.render()),
                Ok(s.clone()),
                "{}",
                s.render()
            );
        }
    }

    #[test]
    fn bad_headers_are_explained() {
        assert!(Snapshot::parse("[exit status x]\n").is_err());
        assert!(Snapshot::parse("[exit status 1]\nstray\n").is_err());
    }
}
