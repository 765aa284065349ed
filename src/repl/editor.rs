//! The line editor's helper, on the input thread: syntax highlighting from
//! weft's own lexer, and Tab, which asks the session for names (only the
//! interpreter's thread can look into the session's values).

use std::borrow::Cow;
use std::sync::mpsc::{self, Sender};

use logos::Logos;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;

use super::input::Request;
use crate::syntax::token::{LexFault, Token};

pub struct Helper {
    requests: Sender<Request>,
    color: bool,
    /// The lines of the statement entered so far: a continuation line is
    /// highlighted as their continuation (inside a triple-quoted string,
    /// say).
    pub pending: String,
}

impl Helper {
    pub fn new(requests: Sender<Request>, color: bool) -> Helper {
        Helper {
            requests,
            color,
            pending: String::new(),
        }
    }
}

impl rustyline::Helper for Helper {}

impl Hinter for Helper {
    type Hint = String;
}

/// Statements are checked by the session, a line at a time, as Python's
/// REPL does: the editor accepts every line.
impl Validator for Helper {}

impl Completer for Helper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        // Tab in the indentation indents, as in Python's REPL.
        if before.trim().is_empty() {
            let indent = "    ".to_string();
            return Ok((
                pos,
                vec![Pair {
                    display: indent.clone(),
                    replacement: indent,
                }],
            ));
        }
        let start = word_start(before);
        let word = &before[start..];
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok((pos, Vec::new()));
        }
        let (reply, answer) = mpsc::channel();
        let asked = self.requests.send(Request::Complete {
            word: word.to_string(),
            reply,
        });
        let names = match asked {
            Ok(()) => answer.recv().unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        // Candidates replace the last part of a dotted name.
        let replace_from = start + word.rfind('.').map_or(0, |dot| dot + 1);
        let pairs = names
            .into_iter()
            .map(|name| Pair {
                display: name.clone(),
                replacement: name,
            })
            .collect();
        Ok((replace_from, pairs))
    }
}

/// Where the dotted name that ends at the cursor begins.
fn word_start(before: &str) -> usize {
    before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c == '.' || c == '_' || c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i)
}

impl Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight(&self.pending, line))
    }

    fn highlight_candidate<'c>(
        &self,
        candidate: &'c str,
        _: rustyline::CompletionType,
    ) -> Cow<'c, str> {
        Cow::Borrowed(candidate)
    }

    /// Every keystroke can change what a token is (`"` opens a string).
    fn highlight_char(&self, _: &str, _: usize, _: CmdKind) -> bool {
        self.color
    }
}

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[90m";
const RESET: &str = "\x1b[0m";

/// `line` with ANSI colours for keywords, strings, numbers and comments,
/// as the lexer sees it after the `pending` lines.
pub fn highlight(pending: &str, line: &str) -> String {
    let source = format!("{pending}{line}");
    let offset = pending.len();
    let mut out = String::with_capacity(line.len() * 2);
    // Up to here `line` is copied to `out`.
    let mut done = offset;
    let mut paint = |from: usize, to: usize, color: Option<&str>, out: &mut String| {
        let from = from.max(offset);
        if to <= from {
            return;
        }
        if done < from {
            out.push_str(&source[done..from]);
        }
        match color {
            Some(c) => {
                out.push_str(c);
                out.push_str(&source[from..to]);
                out.push_str(RESET);
            }
            None => out.push_str(&source[from..to]),
        }
        done = to;
    };
    let mut gap_start = 0;
    for (token, span) in Token::lexer(&source).spanned() {
        // What logos skipped between tokens: blanks, line continuations and
        // comments.
        if let Some(hash) = source[gap_start..span.start].find('#') {
            paint(gap_start + hash, span.start, Some(COMMENT), &mut out);
        }
        gap_start = span.end;
        let color = match token {
            Ok(Token::RawStr(_))
            | Err(LexFault::UnterminatedString | LexFault::UnterminatedTripleString) => {
                Some(STRING)
            }
            Ok(
                Token::RawDecInt
                | Token::RawHexInt
                | Token::RawOctInt
                | Token::RawBinInt
                | Token::RawFloat
                | Token::RawImag,
            ) => Some(NUMBER),
            Ok(_) if is_keyword(&source[span.clone()]) => Some(KEYWORD),
            _ => None,
        };
        paint(span.start, span.end, color, &mut out);
    }
    if let Some(hash) = source[gap_start..].find('#') {
        paint(gap_start + hash, source.len(), Some(COMMENT), &mut out);
    }
    if done < source.len() {
        out.push_str(&source[done..]);
    }
    out
}

/// Python's keywords, soft ones (`match`, `case`) excepted: they are names
/// almost everywhere.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_keyword(text: &str) -> bool {
    KEYWORDS.binary_search(&text).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(colored: &str) -> String {
        let mut out = String::new();
        let mut chars = colored.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn highlighting_keeps_the_text_and_colours_tokens() {
        let line = "async def f(x=1.5): return 'a' + x  # note";
        let colored = highlight("", line);
        assert_eq!(plain(&colored), line);
        assert!(colored.contains(&format!("{KEYWORD}async{RESET}")));
        assert!(colored.contains(&format!("{NUMBER}1.5{RESET}")));
        assert!(colored.contains(&format!("{STRING}'a'{RESET}")));
        assert!(colored.contains(&format!("{COMMENT}# note{RESET}")));
        assert!(!colored.contains(&format!("{KEYWORD}f")));
    }

    #[test]
    fn a_continuation_line_continues_an_open_string() {
        let colored = highlight("x = '''start\n", "def end'''");
        assert_eq!(plain(&colored), "def end'''");
        assert!(!colored.contains(&format!("{KEYWORD}def")));
        assert!(colored.starts_with(STRING));
    }

    #[test]
    fn keywords_are_sorted_for_lookup() {
        assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn words_end_at_the_cursor() {
        assert_eq!(word_start("x = asyncio.ga"), 4);
        assert_eq!(word_start("print("), 6);
    }
}
