//! The parser: chumsky combinators over the tokens of the indentation pass.
//!
//! Function names follow the rule names of grammar/weft.ebnf (which follow
//! CPython's grammar). The parser never stops at the first error: a
//! statement that fails is skipped to the end of its logical line (and its
//! indented block, if it opened one), reported, and parsing goes on.

mod display;
mod expr;
mod pattern;
mod stmt;
mod validate;

use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::input::{Input, MappedInput};
use chumsky::prelude::*;

use super::ast::{Module, Span};
use super::error::{ErrorKind, SyntaxError};
use super::token::Token;

pub(crate) type Tokens<'t> = MappedInput<'t, Token, SimpleSpan, &'t [(Token, SimpleSpan)]>;
pub(crate) type Extra<'t> = extra::Err<Rich<'t, Token, SimpleSpan>>;
pub(crate) type Boxed<'t, O> = chumsky::Boxed<'t, 't, Tokens<'t>, O, Extra<'t>>;

/// Byte span of what a parser matched.
pub(crate) fn span(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

/// Prefix of custom error messages that CPython reports as IndentationError.
const INDENTATION: &str = "\u{1}indentation:";
/// Prefix of custom errors raised because the input ended too soon.
const INCOMPLETE: &str = "\u{1}incomplete:";

/// A custom error reported as IndentationError.
pub(crate) fn indentation_error<'t>(
    message: impl Into<String>,
    at: SimpleSpan,
) -> Rich<'t, Token, SimpleSpan> {
    Rich::custom(at, format!("{INDENTATION}{}", message.into()))
}

/// Parses a whole file of tokens. `source` is the text they came from
/// (for line numbers in messages).
pub fn file(source: &str, tokens: &[(Token, SimpleSpan)]) -> (Module, Vec<SyntaxError>) {
    let eoi = SimpleSpan::from(source.len()..source.len());
    let parser = stmt::file(source);
    let (module, errors) = parser
        .parse(tokens.split_token_span(eoi))
        .into_output_errors();
    let errors = errors
        .into_iter()
        .map(|e| to_syntax_error(source, tokens, e))
        .collect();
    (module.unwrap_or(Module { body: Vec::new() }), errors)
}

/// Words a chumsky error the way CPython words the same mistake.
fn to_syntax_error(
    source: &str,
    tokens: &[(Token, SimpleSpan)],
    error: Rich<'_, Token, SimpleSpan>,
) -> SyntaxError {
    let at = span(*error.span());
    let at_end = at.start as usize >= source.len();
    if let RichReason::Custom(message) = error.reason() {
        if let Some(message) = message.strip_prefix(INDENTATION) {
            let (message, incomplete) = match message.strip_prefix(INCOMPLETE) {
                Some(m) => (m, true),
                None => (message, at_end),
            };
            return SyntaxError {
                kind: ErrorKind::IndentationError,
                message: message.into(),
                span: at,
                incomplete,
            };
        }
        return SyntaxError {
            incomplete: at_end,
            ..SyntaxError::new(message.clone(), at)
        };
    }
    if let Some(Token::Indent) = error.found() {
        return SyntaxError::indentation("unexpected indent", at);
    }
    let expects = |token: Token| {
        error
            .expected()
            .any(|p| matches!(p, RichPattern::Token(t) if **t == token))
    };
    let incomplete = at_end || error.found().is_none();
    let (message, span_) = match error.found() {
        Some(Token::Newline) if expects(Token::Colon) => ("expected ':'".to_string(), at),
        Some(Token::FieldClose | Token::FieldSpec | Token::FieldConv(_)) => {
            ("f-string: invalid syntax".to_string(), at)
        }
        Some(_) if expects(Token::Except) && expects(Token::Finally) => {
            ("expected 'except' or 'finally' block".to_string(), at)
        }
        _ => {
            let index = tokens.partition_point(|(_, s)| s.start < at.start as usize);
            match Context::new(tokens, index).diagnose() {
                Some((message, from)) => (
                    message,
                    Span {
                        start: from as u32,
                        end: at.end,
                    },
                ),
                None => ("invalid syntax".to_string(), at),
            }
        }
    };
    SyntaxError {
        incomplete,
        ..SyntaxError::new(message, span_)
    }
}

/// The tokens around a failure, to name the common mistakes CPython names
/// ("Perhaps you forgot a comma?") instead of a bare "invalid syntax".
struct Context<'a> {
    tokens: &'a [(Token, SimpleSpan)],
    /// The token the parser could not take.
    at: usize,
    /// The first token of its logical line.
    line_start: usize,
}

impl<'a> Context<'a> {
    fn new(tokens: &'a [(Token, SimpleSpan)], at: usize) -> Self {
        // NEWLINE, INDENT and DEDENT only ever stand outside brackets.
        let line_start = tokens[..at.min(tokens.len())]
            .iter()
            .rposition(|(t, _)| matches!(t, Token::Newline | Token::Indent | Token::Dedent))
            .map_or(0, |i| i + 1);
        Context {
            tokens,
            at,
            line_start,
        }
    }

    fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i).map(|(t, _)| t)
    }

    fn start(&self, i: usize) -> usize {
        self.tokens[i].1.start
    }

    /// The innermost bracket still open before the failing token.
    fn open_bracket(&self) -> Option<&Token> {
        let mut open = Vec::new();
        for (t, _) in &self.tokens[self.line_start..self.at.min(self.tokens.len())] {
            match t {
                Token::LParen | Token::LBracket | Token::LBrace => open.push(t),
                Token::RParen | Token::RBracket | Token::RBrace => {
                    open.pop();
                }
                _ => {}
            }
        }
        open.pop()
    }

    /// Where the atom (with its trailers) that ends just before `end` starts.
    fn atom_start(&self, end: usize) -> usize {
        let mut i = end;
        loop {
            let closer = match self.token(i) {
                Some(Token::RParen) => Some((Token::LParen, Token::RParen)),
                Some(Token::RBracket) => Some((Token::LBracket, Token::RBracket)),
                Some(Token::RBrace) => Some((Token::LBrace, Token::RBrace)),
                Some(Token::FStrEnd) => Some((Token::FStrStart, Token::FStrEnd)),
                _ => None,
            };
            if let Some((open, close)) = closer {
                let mut depth = 0;
                while i > self.line_start {
                    let t = self.token(i).unwrap();
                    if *t == close {
                        depth += 1;
                    } else if *t == open {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    i -= 1;
                }
            }
            let call_or_index = matches!(self.token(i), Some(Token::LParen | Token::LBracket))
                && i > self.line_start
                && self.token(i - 1).is_some_and(ends_expression);
            if call_or_index {
                i -= 1;
            } else if i >= self.line_start + 2 && self.token(i - 1) == Some(&Token::Dot) {
                i -= 2;
            } else {
                return i;
            }
        }
    }

    /// Mistakes found at the first token of a line.
    fn line_opening(&self, found: &Token) -> Option<(String, usize)> {
        // except A, B:  (the parser may give up at the comma or at `except`)
        // The parser may stop at the DEDENT before the `except`.
        let mut at = self.at;
        while self.token(at) == Some(&Token::Dedent) {
            at += 1;
        }
        if self.token(at) == Some(&Token::Except)
            && (at == self.line_start || *found == Token::Dedent)
        {
            let mut depth = 0i32;
            for (t, _) in self.tokens.iter().skip(at + 1) {
                match t {
                    Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
                    Token::RParen | Token::RBracket | Token::RBrace => depth -= 1,
                    Token::Comma if depth == 0 => {
                        let from = if self.token(at + 1) == Some(&Token::Star) {
                            2
                        } else {
                            1
                        };
                        return Some((
                            "multiple exception types must be parenthesized".to_string(),
                            self.start(at + from),
                        ));
                    }
                    Token::Colon | Token::Newline if depth == 0 => break,
                    _ => {}
                }
            }
        }
        None
    }

    fn diagnose(&self) -> Option<(String, usize)> {
        let found = self.token(self.at)?;
        if let Some(found_on_its_own) = self.line_opening(found) {
            return Some(found_on_its_own);
        }
        let prev_index = self.at.checked_sub(1).filter(|&p| p >= self.line_start)?;
        let prev = self.token(prev_index)?;
        let first = self.token(self.line_start)?;
        // print "hello"
        if let Token::Ident(name) = prev {
            if prev_index == self.line_start
                && matches!(&**name, "print" | "exec")
                && starts_expression(found)
            {
                return Some((
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    self.start(prev_index),
                ));
            }
        }
        // def f:
        if prev_index >= 1
            && matches!(prev, Token::Ident(_))
            && self.token(prev_index - 1) == Some(&Token::Def)
        {
            return Some(("expected '('".to_string(), self.start(self.at)));
        }
        let bracket = self.open_bracket();
        // {"a": }
        if *prev == Token::Colon
            && bracket == Some(&Token::LBrace)
            && matches!(found, Token::RBrace | Token::Comma)
        {
            return Some((
                "expression expected after dictionary key and ':'".to_string(),
                self.start(prev_index),
            ));
        }
        // if x = 1:   f(a, b = 1 c)
        if *found == Token::Assign
            && matches!(prev, Token::Ident(_))
            && (prev_index == 0 || self.token(prev_index - 1) != Some(&Token::Dot))
            && (bracket.is_some() || matches!(first, Token::If | Token::Elif | Token::While))
        {
            let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some((message.to_string(), self.start(prev_index)));
        }
        if *found == Token::Comma && bracket.is_none() && *first == Token::Except {
            let from = if self.token(self.line_start + 1) == Some(&Token::Star) {
                2
            } else {
                1
            };
            return Some((
                "multiple exception types must be parenthesized".to_string(),
                self.start(self.line_start + from),
            ));
        }
        // [1, 2 3]
        if bracket.is_some() && ends_expression(prev) && starts_expression(found) {
            let from = self.atom_start(prev_index);
            return Some((
                "invalid syntax. Perhaps you forgot a comma?".to_string(),
                self.start(from),
            ));
        }
        None
    }
}

/// Tokens that are a whole atom by themselves: names and literals.
fn is_atom(token: &Token) -> bool {
    matches!(
        token,
        Token::Ident(_)
            | Token::Int(_)
            | Token::BigInt(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Str(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

fn starts_expression(token: &Token) -> bool {
    is_atom(token)
        || matches!(
            token,
            Token::FStrStart
                | Token::LParen
                | Token::LBracket
                | Token::LBrace
                | Token::Lambda
                | Token::Await
                | Token::Tilde
        )
}

fn ends_expression(token: &Token) -> bool {
    is_atom(token)
        || matches!(
            token,
            Token::FStrEnd | Token::RParen | Token::RBracket | Token::RBrace
        )
}

/// Marks a custom message as "the input ended too soon".
pub(crate) fn incomplete_indentation_error<'t>(
    message: String,
    at: SimpleSpan,
) -> Rich<'t, Token, SimpleSpan> {
    Rich::custom(at, format!("{INDENTATION}{INCOMPLETE}{message}"))
}
