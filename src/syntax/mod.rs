//! Source text to syntax tree: tokens (logos), the indentation pass, and
//! the parser (chumsky).

pub mod ast;
pub mod error;
pub mod lexer;
pub mod literal;
mod parser;
pub mod token;
pub mod visit;

use chumsky::span::SimpleSpan;

pub use error::{ErrorKind, SyntaxError};

/// A parsed file: the tree (with `Error` statements where parsing failed)
/// and every syntax error, in source order.
#[derive(Debug)]
pub struct Parsed {
    pub module: ast::Module,
    pub errors: Vec<SyntaxError>,
}

/// Parses a whole file: exactly the grammar (grammar/weft.ebnf). The checks
/// CPython's compiler adds come from `compile::check`.
pub fn parse(source: &str) -> Parsed {
    let lexed = lexer::tokenize(source);
    let tokens: Vec<(token::Token, SimpleSpan)> = lexed
        .tokens
        .into_iter()
        .map(|(t, s)| (t, SimpleSpan::from(s.range())))
        .collect();
    let (module, parse_errors) = parser::file(source, &tokens);
    let mut errors = lexed.errors;
    // A parser error inside a line the lexer already rejected only repeats it.
    errors.extend(parse_errors.into_iter().filter(|e| {
        !lexed
            .poisoned
            .iter()
            .any(|p| p.start <= e.span.start && e.span.start <= p.end)
    }));
    errors.sort_by_key(|e| (e.span.start, e.span.end));
    errors.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
    Parsed { module, errors }
}

/// Source files are UTF-8. Anything else is an error worded as CPython's;
/// the text is then returned decoded lossily, to show where it went wrong.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, (String, SyntaxError)> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            let message = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {name} on line {line}, but no encoding declared; \
                 see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            );
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let span = ast::Span::new(at, at + '\u{fffd}'.len_utf8());
            Err((lossy, SyntaxError::new(message, span)))
        }
    }
}

/// Parses a file and runs the compiler's syntax checks on it: everything
/// `weft check` reports, in source order.
pub fn check(source: &str) -> Parsed {
    check_with(source, false)
}

/// [`check`], with `await` allowed at module level when `top_level_await`.
pub fn check_with(source: &str, top_level_await: bool) -> Parsed {
    let mut parsed = parse(source);
    parsed
        .errors
        .extend(crate::compile::check_with(&parsed.module, top_level_await));
    parsed.errors.sort_by_key(|e| (e.span.start, e.span.end));
    parsed
}
