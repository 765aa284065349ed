//! The parser: chumsky combinators over the tokens of the indentation pass.
//!
//! Function names follow the rule names of grammar/weft.ebnf (which follow
//! CPython's grammar). The parser never stops at the first error: a
//! statement that fails is skipped to the end of its logical line (and its
//! indented block, if it opened one), reported, and parsing goes on.

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
        .map(|e| to_syntax_error(source, e))
        .collect();
    (module.unwrap_or(Module { body: Vec::new() }), errors)
}

/// Words a chumsky error the way CPython words the same mistake.
fn to_syntax_error(source: &str, error: Rich<'_, Token, SimpleSpan>) -> SyntaxError {
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
    let expects = |token: Token| {
        error
            .expected()
            .any(|p| matches!(p, RichPattern::Token(t) if **t == token))
    };
    let message = match error.found() {
        Some(Token::Indent) => {
            return SyntaxError::indentation("unexpected indent", at);
        }
        Some(Token::Newline) if expects(Token::Colon) => "expected ':'",
        Some(Token::FieldClose) | Some(Token::FieldSpec) | Some(Token::FieldConv(_)) => {
            "f-string: invalid syntax"
        }
        _ => "invalid syntax",
    };
    let incomplete = at_end || error.found().is_none();
    SyntaxError {
        incomplete,
        ..SyntaxError::new(message, at)
    }
}

/// Marks a custom message as "the input ended too soon".
pub(crate) fn incomplete_indentation_error<'t>(
    message: String,
    at: SimpleSpan,
) -> Rich<'t, Token, SimpleSpan> {
    Rich::custom(at, format!("{INDENTATION}{INCOMPLETE}{message}"))
}
