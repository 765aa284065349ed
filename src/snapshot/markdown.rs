//! Python blocks of a Markdown note and the Output blocks that follow them.
//!
//! The rules (documented in the README):
//! - a fenced block (``` or ~~~, possibly indented, as in a list) whose
//!   info string starts with `python`, `py` or `python3` is code to run;
//! - after it, a line reading `Output:` (any case; the colon optional; bold
//!   or a heading allowed) and then a fenced block of any kind, before any
//!   other fenced block, is what the code prints; prose may come between;
//! - a line `<!-- weft: skip -->` or `<!-- weft: expect-error -->` applies
//!   to the next fenced block.

use std::ops::Range;

/// What a directive comment asks of the next block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Directive {
    Run,
    Skip,
    ExpectError,
}

/// A fenced block: where it lies in the file and what it holds.
#[derive(Debug, Clone)]
pub struct Fence {
    /// 1-based line of the opening fence.
    pub line: usize,
    /// Bytes from the opening fence's first byte to the end of the closing
    /// fence's line (its newline included).
    pub whole: Range<usize>,
    /// Bytes of the content lines (empty at the content's start when none).
    pub content: Range<usize>,
    /// The content with the fence's indentation taken off each line.
    pub text: String,
    indent: usize,
    marker: String,
    info: String,
}

/// A Python block, its directive, and its Output block if it has one.
#[derive(Debug, Clone)]
pub struct Block {
    pub code: Fence,
    pub directive: Directive,
    pub output: Option<Fence>,
}

impl Block {
    /// The block's source, preceded by blank lines so that line numbers in
    /// tracebacks and syntax errors are the Markdown file's.
    pub fn padded_source(&self) -> String {
        "\n".repeat(self.code.line) + &self.code.text
    }
}

struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..]
            .find('\n')
            .map_or(text.len(), |k| start + k + 1);
        let body = text[start..end].trim_end_matches(['\n', '\r']);
        lines.push(Line {
            start,
            end,
            text: body,
        });
        start = end;
    }
    lines
}

/// An opening fence: its indentation, marker (``` or ~~~ run) and info.
fn opening(line: &str) -> Option<(usize, String, String)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let ch = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let run = rest.len() - rest.trim_start_matches(ch).len();
    if run < 3 {
        return None;
    }
    let info = rest[run..].trim();
    // A backtick fence's info string cannot hold a backtick (CommonMark).
    if ch == '`' && info.contains('`') {
        return None;
    }
    Some((indent, rest[..run].to_string(), info.to_string()))
}

fn closes(line: &str, marker: &str) -> bool {
    let Some(ch) = marker.chars().next() else {
        return false;
    };
    let rest = line.trim_start_matches(' ');
    let run = rest.len() - rest.trim_start_matches(ch).len();
    run >= marker.len() && rest[run..].trim().is_empty()
}

fn is_python(info: &str) -> bool {
    let lang = info.split_whitespace().next().unwrap_or("");
    matches!(
        lang.to_ascii_lowercase().as_str(),
        "python" | "py" | "python3"
    )
}

/// `Output:`, `**Output:**`, `**Output**:`, `### Output`, ...
fn is_output_marker(line: &str) -> bool {
    let mut t = line.trim().trim_start_matches('#').trim();
    loop {
        let before = t.len();
        t = t
            .trim_end_matches(':')
            .trim_matches(|c| c == '*' || c == '_')
            .trim();
        if t.len() == before {
            break;
        }
    }
    t.eq_ignore_ascii_case("output")
}

fn directive(line: &str) -> Option<Directive> {
    let inner = line
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    match inner.strip_prefix("weft:")?.trim() {
        "skip" => Some(Directive::Skip),
        "expect-error" => Some(Directive::ExpectError),
        _ => None,
    }
}

/// Reads the fence opening at `lines[at]`; returns it and the index of the
/// line after it.
fn read_fence(text: &str, lines: &[Line], at: usize) -> Option<(Fence, usize)> {
    let (indent, marker, info) = opening(lines[at].text)?;
    let mut end = at + 1;
    while end < lines.len() && !closes(lines[end].text, &marker) {
        end += 1;
    }
    let body = &lines[at + 1..end];
    let content_start = body
        .first()
        .map_or(lines.get(end).map_or(text.len(), |l| l.start), |l| l.start);
    let content_end = body.last().map_or(content_start, |l| l.end);
    let mut inner = String::new();
    for line in body {
        let strip = line.text.len() - line.text.trim_start_matches(' ').len();
        inner.push_str(&line.text[strip.min(indent)..]);
        inner.push('\n');
    }
    // An unclosed fence runs to the end of the file (CommonMark).
    let next = (end + 1).min(lines.len());
    let whole_end = lines.get(end).map_or(text.len(), |l| l.end);
    Some((
        Fence {
            line: at + 1,
            whole: lines[at].start..whole_end,
            content: content_start..content_end,
            text: inner,
            indent,
            marker,
            info,
        },
        next,
    ))
}

/// Every Python block of a Markdown text, in order.
pub fn blocks(text: &str) -> Vec<Block> {
    let lines = split_lines(text);
    let mut blocks: Vec<Block> = Vec::new();
    let mut pending = Directive::Run;
    // Waiting for an Output block: after a Python block, and after its
    // `Output:` marker line.
    let (mut after_code, mut after_marker) = (false, false);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].text;
        if let Some((fence, next)) = read_fence(text, &lines, i) {
            let attach = after_marker && blocks.last().is_some_and(|b| b.output.is_none());
            after_code = false;
            after_marker = false;
            if attach {
                if let Some(last) = blocks.last_mut() {
                    last.output = Some(fence);
                }
            } else if is_python(&fence.info) {
                blocks.push(Block {
                    code: fence,
                    directive: pending,
                    output: None,
                });
                after_code = true;
            }
            pending = Directive::Run;
            i = next;
            continue;
        }
        if let Some(d) = directive(line) {
            pending = d;
        } else if is_output_marker(line) {
            after_marker = after_code;
        } else if !line.trim().is_empty() {
            // Prose between the marker and the fence: not an Output block.
            after_marker = false;
        }
        i += 1;
    }
    blocks
}

/// The text with each given fenced block's content replaced; the fences
/// are lengthened when the new content holds a line that would close them.
pub fn rewrite(text: &str, replacements: &[(&Fence, &str)]) -> String {
    let mut sorted: Vec<&(&Fence, &str)> = replacements.iter().collect();
    sorted.sort_by_key(|(f, _)| f.whole.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (fence, content) in sorted {
        if fence.whole.start < at {
            continue;
        }
        out.push_str(&text[at..fence.whole.start]);
        let pad = " ".repeat(fence.indent);
        let ch = fence.marker.chars().next().unwrap_or('`');
        let longest = content
            .lines()
            .map(|l| {
                let t = l.trim_start_matches(' ');
                t.len() - t.trim_start_matches(ch).len()
            })
            .max()
            .unwrap_or(0);
        let marker = if longest >= fence.marker.len() {
            ch.to_string().repeat(longest + 1)
        } else {
            fence.marker.clone()
        };
        out.push_str(&format!("{pad}{marker}{}\n", fence.info));
        for line in content.lines() {
            if !line.is_empty() {
                out.push_str(&pad);
            }
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!("{pad}{marker}"));
        if text[..fence.whole.end].ends_with('\n') {
            out.push('\n');
        }
        at = fence.whole.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTE: &str = "\
# Notes
```python
x = 1
print(x)
```
Output:
```
1
```
- a list item:
  ```py
  print(x + 1)
  ```
  Some words first.
  **Output:**

  ~~~text
  2
  ~~~
<!-- weft: skip -->
```python
boom
```
```python
print('no output block')
```
```
not output: no marker
```
";

    #[test]
    fn finds_blocks_outputs_and_directives() {
        let b = blocks(NOTE);
        assert_eq!(b.len(), 4);
        assert_eq!(b[0].code.line, 2);
        assert_eq!(b[0].code.text, "x = 1\nprint(x)\n");
        assert_eq!(b[0].output.as_ref().map(|o| o.text.as_str()), Some("1\n"));
        assert_eq!(b[1].code.text, "print(x + 1)\n");
        assert_eq!(b[1].output.as_ref().map(|o| o.text.as_str()), Some("2\n"));
        assert_eq!(b[2].directive, Directive::Skip);
        assert!(b[3].output.is_none());
        assert!(b[0].padded_source().starts_with("\n\nx = 1"));
    }

    #[test]
    fn output_markers() {
        for yes in [
            "Output:",
            "**Output:**",
            "**Output**:",
            "### Output",
            "output",
        ] {
            assert!(is_output_marker(yes), "{yes}");
        }
        for no in ["Outputs:", "The output:", "Output: 3"] {
            assert!(!is_output_marker(no), "{no}");
        }
    }

    #[test]
    fn rewrite_replaces_output_blocks_in_place() {
        let b = blocks(NOTE);
        let first = b[0].output.as_ref().unwrap();
        let second = b[1].output.as_ref().unwrap();
        let new = rewrite(NOTE, &[(second, "3\n"), (first, "```\n1\n")]);
        let again = blocks(&new);
        assert_eq!(again[0].output.as_ref().unwrap().text, "```\n1\n");
        assert_eq!(again[1].output.as_ref().unwrap().text, "3\n");
        assert!(new.contains("  ~~~text\n  3\n  ~~~\n"));
        assert!(new.contains("````\n```\n1\n````\n"));
    }
}
