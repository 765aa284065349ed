//! The indentation pass: raw logos tokens in, the parser's tokens out.
//!
//! It does what Python's tokenizer does around the raw tokens: NEWLINE at
//! the end of each logical line (none inside brackets, none for blank or
//! comment-only lines), INDENT/DEDENT from an indentation stack, every
//! pending DEDENT at end of file, and the values of names, numbers and
//! strings. Errors are collected, never fatal: a line with a lexical error
//! is closed off at its end so that the parser can go on with the next.

use std::collections::HashMap;
use std::rc::Rc;

use logos::Logos;

use super::ast::Span;
use super::error::{ErrorKind, SyntaxError};
use super::literal::{decode_bytes, decode_str, read_float, read_int, Number, StrLit};
use super::token::{LexFault, StrShape, Token};

/// CPython refuses more nesting than this ("too many nested parentheses").
const MAX_BRACKET_DEPTH: usize = 200;

pub struct Lexed {
    pub tokens: Vec<(Token, Span)>,
    pub errors: Vec<SyntaxError>,
    /// Byte ranges whose parser errors would only repeat a lexical error.
    pub poisoned: Vec<Span>,
}

pub fn tokenize(source: &str) -> Lexed {
    let mut pass = Pass {
        source,
        tokens: Vec::with_capacity(source.len() / 4),
        errors: Vec::new(),
        poisoned: Vec::new(),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        line_open: false,
        line_poisoned_from: None,
        line_broken: false,
        names: HashMap::new(),
    };
    let mut lex = Token::lexer(source);
    while let Some(result) = lex.next() {
        let span = Span::new(lex.span().start, lex.span().end);
        pass.raw(result, span);
    }
    pass.finish();
    Lexed {
        tokens: pass.tokens,
        errors: pass.errors,
        poisoned: pass.poisoned,
    }
}

struct Pass<'src> {
    source: &'src str,
    tokens: Vec<(Token, Span)>,
    errors: Vec<SyntaxError>,
    poisoned: Vec<Span>,
    /// Indentation levels: (columns with tabs to multiples of 8, columns
    /// with tabs as 1). Comparing both finds inconsistent tabs, as CPython.
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, Span)>,
    /// The current logical line has tokens.
    line_open: bool,
    /// Where the current logical line went wrong, if it did.
    line_poisoned_from: Option<u32>,
    /// The error ate a closing bracket (an unterminated string, a
    /// mismatched bracket): forget open brackets at the end of the line.
    line_broken: bool,
    names: HashMap<&'src str, Rc<str>>,
}

impl<'src> Pass<'src> {
    fn raw(&mut self, result: Result<Token, LexFault>, span: Span) {
        if let Ok(Token::RawNewline) = result {
            if self.line_broken {
                // Close off a broken line, brackets and all.
                self.brackets.clear();
                self.line_broken = false;
            }
            if self.brackets.is_empty() && self.line_open {
                self.end_line(span);
            }
            return;
        }
        if self.brackets.is_empty() && !self.line_open {
            self.start_line(span);
        }
        self.line_open = true;
        match result {
            Ok(token) => self.token(token, span),
            Err(fault) => self.fault(fault, span),
        }
    }

    fn end_line(&mut self, span: Span) {
        self.tokens.push((Token::Newline, span));
        self.line_open = false;
        if let Some(from) = self.line_poisoned_from.take() {
            self.poisoned.push(Span {
                start: from,
                end: span.end,
            });
        }
    }

    /// The first token of a logical line: compare its indentation with the
    /// stack and emit INDENT or DEDENTs.
    fn start_line(&mut self, span: Span) {
        let line_start = line_start(self.source, span.start as usize);
        let (mut col, mut alt) = (0usize, 0usize);
        for b in self.source[line_start..span.start as usize].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        let (top, top_alt) = *self.indents.last().unwrap();
        // INDENT sits on the last character of the indentation, where
        // CPython puts its caret for "unexpected indent".
        let here = Span::new(
            (span.start as usize).saturating_sub(1).max(line_start),
            span.start as usize,
        );
        let tab_error = |pass: &mut Self| {
            let at = Span::new(line_start, line_start);
            pass.errors.push(SyntaxError {
                kind: ErrorKind::TabError,
                ..SyntaxError::new("inconsistent use of tabs and spaces in indentation", at)
            });
        };
        if col > top {
            if alt <= top_alt {
                tab_error(self);
            }
            self.indents.push((col, alt));
            self.tokens.push((Token::Indent, here));
        } else if col < top {
            while col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.tokens.push((
                    Token::Dedent,
                    Span {
                        start: span.start,
                        end: span.start,
                    },
                ));
            }
            let (level, level_alt) = *self.indents.last().unwrap();
            if col != level {
                let line = line_of(self.source, span.start as usize);
                self.errors.push(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Span {
                        start: line.end as u32,
                        end: line.end as u32,
                    },
                ));
            } else if alt != level_alt {
                tab_error(self);
            }
        } else if alt != top_alt {
            tab_error(self);
        }
    }

    fn token(&mut self, token: Token, span: Span) {
        let text = &self.source[span.range()];
        let token = match token {
            Token::RawName => {
                let name = self
                    .names
                    .entry(text)
                    .or_insert_with(|| Rc::from(text))
                    .clone();
                Token::Ident(name)
            }
            Token::RawDecInt => {
                if text.len() > 1
                    && text.starts_with('0')
                    && text.bytes().any(|b| b != b'0' && b != b'_')
                {
                    self.error(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        span,
                    );
                }
                self.number(read_int(text, 10), span, "decimal")
            }
            Token::RawHexInt => self.number(read_int(text, 16), span, "hexadecimal"),
            Token::RawOctInt => self.number(read_int(text, 8), span, "octal"),
            Token::RawBinInt => self.number(read_int(text, 2), span, "binary"),
            Token::RawFloat => self.number(read_float(text, false), span, "decimal"),
            Token::RawImag => self.number(read_float(text, true), span, "imaginary"),
            Token::RawStr(shape) => match self.string(shape, span) {
                Some(lit) => Token::Str(Rc::new(lit)),
                None => return,
            },
            Token::LParen | Token::LBracket | Token::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    self.error("too many nested parentheses", span);
                    return;
                }
                self.brackets.push((text.as_bytes()[0], span));
                token
            }
            Token::RParen | Token::RBracket | Token::RBrace => {
                let close = text.as_bytes()[0];
                match self.brackets.pop() {
                    None => {
                        self.error(format!("unmatched '{}'", close as char), span);
                        return;
                    }
                    Some((open, open_span)) if matching(open) != close => {
                        let open_line = line_of(self.source, open_span.start as usize).number;
                        let line = line_of(self.source, span.start as usize).number;
                        let place = if open_line == line {
                            String::new()
                        } else {
                            format!(" on line {open_line}")
                        };
                        self.error(
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'{place}",
                                close as char, open as char
                            ),
                            span,
                        );
                        self.line_broken = true;
                        return;
                    }
                    Some(_) => token,
                }
            }
            other => other,
        };
        self.tokens.push((token, span));
    }

    /// A number token; CPython rejects a number run into a name (`1abc`),
    /// except before the keywords that may follow one (`1if x else 2`).
    fn number(&mut self, number: Number, span: Span, what: &str) -> Token {
        let after = &self.source[span.end as usize..];
        let next_word: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !next_word.is_empty() {
            let allowed = ["and", "else", "for", "if", "in", "is", "not", "or"];
            if !allowed.iter().any(|k| next_word.starts_with(k)) {
                let bad = Span {
                    start: span.start,
                    end: span.end + next_word.len() as u32,
                };
                self.error(format!("invalid {what} literal"), bad);
            }
        }
        match number {
            Number::Int(v) => Token::Int(v),
            Number::BigInt(b) => Token::BigInt(Rc::new(b)),
            Number::Float(v) => Token::Float(v),
            Number::Imag(v) => Token::Imag(v),
        }
    }

    fn string(&mut self, shape: StrShape, span: Span) -> Option<StrLit> {
        let body_start = span.start as usize + shape.prefix_len as usize + shape.quote_len as usize;
        let body_end = span.end as usize - shape.quote_len as usize;
        let body = &self.source[body_start..body_end];
        if shape.format {
            let open = Span::new(span.start as usize, body_start);
            self.tokens.push((Token::FStrStart, open));
            self.fstring_body(body_start, body_end, shape.raw, 0);
            self.tokens
                .push((Token::FStrEnd, Span::new(body_end, span.end as usize)));
            return None;
        }
        if shape.bytes && !body.is_ascii() {
            // CPython underlines the whole literal for this one.
            self.error("bytes can only contain ASCII literal characters", span);
            return Some(StrLit::Bytes(Rc::from(&[][..])));
        }
        let decoded = if shape.bytes {
            decode_bytes(body, shape.raw).map(|b| StrLit::Bytes(b.into()))
        } else if shape.raw {
            Ok(StrLit::Text(body.into()))
        } else {
            decode_str(body).map(|s| StrLit::Text(s.into()))
        };
        match decoded {
            Ok(lit) => Some(lit),
            Err(e) => {
                let at = body_start + e.offset;
                self.error(e.message, Span::new(at, at + e.len.max(1)));
                Some(if shape.bytes {
                    StrLit::Bytes(Rc::from(&[][..]))
                } else {
                    StrLit::Text("".into())
                })
            }
        }
    }

    /// Splits f-string text in `start..end` into literal text and
    /// replacement fields (also used for format specs, which may nest
    /// fields once more).
    fn fstring_body(&mut self, start: usize, end: usize, raw: bool, depth: u32) {
        let bytes = self.source.as_bytes();
        let mut text = String::new();
        let mut text_start = start;
        let mut chunk = start;
        let mut i = start;
        while i < end {
            match bytes[i] {
                b'\\' if !raw => {
                    // `\N{NAME}` braces belong to the escape, not to a field.
                    if bytes.get(i + 1) == Some(&b'N') && bytes.get(i + 2) == Some(&b'{') {
                        i = self.source[i..end]
                            .find('}')
                            .map_or(end, |close| i + close + 1);
                    } else {
                        i += 1 + self.source[i + 1..]
                            .chars()
                            .next()
                            .map_or(0, char::len_utf8);
                    }
                }
                b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                    self.fstring_text(&mut text, chunk, i + 1, raw);
                    i += 2;
                    chunk = i;
                }
                b'{' => {
                    self.fstring_text(&mut text, chunk, i, raw);
                    self.flush_fstring_text(&mut text, text_start, i);
                    i = self.fstring_field(i, end, raw, depth);
                    chunk = i;
                    text_start = i;
                }
                b'}' => {
                    self.error("f-string: single '}' is not allowed", Span::new(i, i + 1));
                    self.fstring_text(&mut text, chunk, i, raw);
                    i += 1;
                    chunk = i;
                }
                _ => i += 1,
            }
        }
        self.fstring_text(&mut text, chunk, end.min(i), raw);
        self.flush_fstring_text(&mut text, text_start, end);
    }

    fn fstring_text(&mut self, text: &mut String, start: usize, end: usize, raw: bool) {
        let piece = &self.source[start..end];
        if raw {
            text.push_str(piece);
            return;
        }
        match decode_str(piece) {
            Ok(decoded) => text.push_str(&decoded),
            Err(e) => {
                let at = start + e.offset;
                self.error(e.message, Span::new(at, at + e.len.max(1)));
            }
        }
    }

    fn flush_fstring_text(&mut self, text: &mut String, start: usize, end: usize) {
        if !text.is_empty() {
            let value: Rc<str> = std::mem::take(text).into();
            self.tokens
                .push((Token::FStrText(value), Span::new(start, end)));
        }
    }

    /// One replacement field starting at the `{` at `open`; returns the
    /// offset just past its `}`.
    fn fstring_field(&mut self, open: usize, end: usize, raw: bool, depth: u32) -> usize {
        let bytes = self.source.as_bytes();
        if depth >= 2 {
            self.error(
                "f-string: expressions nested too deeply",
                Span::new(open, open + 1),
            );
        }
        self.tokens
            .push((Token::FieldOpen, Span::new(open, open + 1)));
        let expr_start = open + 1;
        // Find where the expression ends: at `}`, `!`, `:` or a debugging
        // `=` outside brackets and nested strings.
        let mut nesting = 0usize;
        let mut i = expr_start;
        let mut debug_end = None;
        while i < end {
            let c = bytes[i];
            match c {
                b'\'' | b'"' => {
                    let quote = if bytes[i..end].starts_with(&[c, c, c]) {
                        &self.source[i..i + 3]
                    } else {
                        &self.source[i..i + 1]
                    };
                    let from = i + quote.len();
                    i = self.source[from..end]
                        .find(quote)
                        .map_or(end, |close| from + close + quote.len());
                    continue;
                }
                b'\\' => {
                    self.error(
                        "f-string expression part cannot include a backslash",
                        Span::new(i, i + 1),
                    );
                    return self.skip_field(i, end);
                }
                b'#' => {
                    self.error(
                        "f-string expression part cannot include '#'",
                        Span::new(i, i + 1),
                    );
                    return self.skip_field(i, end);
                }
                b'(' | b'[' | b'{' => nesting += 1,
                b')' | b']' | b'}' if nesting > 0 => nesting -= 1,
                b'}' | b':' if nesting == 0 => break,
                b'!' if nesting == 0 && bytes.get(i + 1) != Some(&b'=') => break,
                b'=' if nesting == 0 => {
                    let prev = if i > expr_start { bytes[i - 1] } else { b' ' };
                    let next = bytes.get(i + 1).copied().unwrap_or(b'}');
                    if next != b'=' && !b"=!<>".contains(&prev) {
                        let after =
                            self.source[i + 1..end].trim_start_matches([' ', '\t', '\n', '\r']);
                        let stop = end - after.len();
                        if after.starts_with(['}', '!', ':']) || after.is_empty() {
                            debug_end = Some(stop);
                            i = stop;
                            break;
                        }
                    }
                    if next == b'=' {
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr_end = match debug_end {
            Some(_) => self.source[..i].rfind('=').unwrap(),
            None => i.min(end),
        };
        if self.source[expr_start..expr_end].trim().is_empty() {
            self.error(
                "f-string: empty expression not allowed",
                Span::new(open, (expr_end + 1).min(end)),
            );
            return self.skip_field(expr_end, end);
        }
        self.sub_tokens(expr_start, expr_end);
        if let Some(stop) = debug_end {
            let text: Rc<str> = self.source[expr_start..stop].into();
            self.tokens
                .push((Token::FieldDebug(text), Span::new(expr_end, stop)));
        }
        if i < end && bytes[i] == b'!' {
            let conv = self.source[i + 1..end].chars().next();
            match conv {
                Some(c @ ('r' | 's' | 'a')) => {
                    self.tokens.push((Token::FieldConv(c), Span::new(i, i + 2)));
                    i += 2;
                }
                Some(c) if c != '}' && c != ':' => {
                    let message =
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                    self.error(message, Span::new(i, i + 1 + c.len_utf8()));
                    return self.skip_field(i, end);
                }
                _ => {
                    self.error("f-string: missed conversion character", Span::new(i, i + 1));
                    return self.skip_field(i, end);
                }
            }
        }
        if i < end && bytes[i] == b':' {
            self.tokens.push((Token::FieldSpec, Span::new(i, i + 1)));
            let spec_start = i + 1;
            let mut nesting = 0usize;
            let mut j = spec_start;
            while j < end {
                match bytes[j] {
                    // Strings inside a nested field may hold braces.
                    b'\'' | b'"' if nesting > 0 => {
                        let quote = bytes[j] as char;
                        j = self.source[j + 1..end]
                            .find(quote)
                            .map_or(end, |close| j + 1 + close);
                    }
                    b'{' => nesting += 1,
                    b'}' if nesting == 0 => break,
                    b'}' => nesting -= 1,
                    _ => {}
                }
                j += 1;
            }
            self.fstring_body(spec_start, j, raw, depth + 1);
            i = j;
        }
        if i < end && bytes[i] == b'}' {
            self.tokens.push((Token::FieldClose, Span::new(i, i + 1)));
            return i + 1;
        }
        self.error("f-string: expecting '}'", Span::new(open, open + 1));
        end
    }

    /// After an error inside a field: resume after its closing brace.
    fn skip_field(&mut self, from: usize, end: usize) -> usize {
        let close = self.source[from..end]
            .find('}')
            .map_or(end, |c| from + c + 1);
        self.tokens
            .push((Token::FieldClose, Span::new(close.saturating_sub(1), close)));
        close
    }

    /// Lexes the expression of a replacement field in place.
    fn sub_tokens(&mut self, start: usize, end: usize) {
        let mut lex = Token::lexer(&self.source[start..end]);
        while let Some(result) = lex.next() {
            let span = Span::new(start + lex.span().start, start + lex.span().end);
            match result {
                Ok(Token::RawNewline) => {}
                Ok(token) => self.token(token, span),
                Err(fault) => self.fault(fault, span),
            }
        }
    }

    fn fault(&mut self, fault: LexFault, span: Span) {
        let start = span.start as usize;
        let line = line_of(self.source, start);
        match fault {
            LexFault::UnterminatedString => {
                let message = format!(
                    "unterminated string literal (detected at line {})",
                    line.number
                );
                self.error(
                    message,
                    Span {
                        start: span.start,
                        end: line.end as u32,
                    },
                );
                self.line_broken = true;
            }
            LexFault::UnterminatedTripleString => {
                let last = line_of(
                    self.source,
                    self.source.trim_end_matches(['\n', '\r']).len(),
                )
                .number;
                let message =
                    format!("unterminated triple-quoted string literal (detected at line {last})");
                let err = SyntaxError::new(
                    message,
                    Span {
                        start: span.start,
                        end: line.end as u32,
                    },
                )
                .incomplete();
                self.errors.push(err);
                self.poison(span);
            }
            LexFault::Unrecognised => {
                let c = self.source[start..].chars().next().unwrap_or('\0');
                let message = match c {
                    '\0' => "source code cannot contain null bytes".to_string(),
                    '\\' => "unexpected character after line continuation character".to_string(),
                    c if c.is_ascii() => "invalid syntax".to_string(),
                    c => format!("invalid character '{c}' (U+{:04X})", c as u32),
                };
                let end = start + c.len_utf8().max(1);
                self.error(message, Span::new(start, end));
            }
        }
    }

    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.errors.push(SyntaxError::new(message, span));
        self.poison(span);
    }

    fn poison(&mut self, span: Span) {
        let line_start = line_start(self.source, span.start as usize) as u32;
        self.line_poisoned_from = Some(
            self.line_poisoned_from
                .map_or(line_start, |s| s.min(line_start)),
        );
    }

    fn finish(&mut self) {
        let end = self.source.len();
        for (open, span) in std::mem::take(&mut self.brackets) {
            self.errors.push(
                SyntaxError::new(format!("'{}' was never closed", open as char), span).incomplete(),
            );
            self.poisoned.push(Span {
                start: span.start,
                end: end as u32 + 1,
            });
        }
        let eof = Span::new(end, end);
        if self.line_open {
            self.end_line(eof);
        }
        if let Some(from) = self.line_poisoned_from.take() {
            self.poisoned.push(Span {
                start: from,
                end: end as u32 + 1,
            });
        }
        for _ in 1..self.indents.len() {
            self.tokens.push((Token::Dedent, eof));
        }
        self.indents.truncate(1);
    }
}

fn matching(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// The 1-based line number of a byte offset, and where that line ends.
pub struct LineInfo {
    pub number: usize,
    pub end: usize,
}

/// Where the line holding byte `offset` starts.
fn line_start(source: &str, offset: usize) -> usize {
    source[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

pub fn line_of(source: &str, offset: usize) -> LineInfo {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let number = 1
        + before.iter().filter(|&&b| b == b'\n').count()
        + before
            .windows(2)
            .filter(|w| w[0] == b'\r' && w[1] != b'\n')
            .count()
        + usize::from(before.last() == Some(&b'\r'));
    let end = source[offset..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| offset + i);
    LineInfo { number, end }
}

#[cfg(test)]
mod tests;
