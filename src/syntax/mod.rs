//! Source text to syntax tree: tokens (logos), the indentation pass, and
//! the parser (chumsky).

pub mod ast;
pub mod error;
pub mod lexer;
pub mod literal;
mod parser;
pub mod token;

use chumsky::span::SimpleSpan;

pub use error::{ErrorKind, SyntaxError};

/// A parsed file: the tree (with `Error` statements where parsing failed)
/// and every syntax error, in source order.
#[derive(Debug)]
pub struct Parsed {
    pub module: ast::Module,
    pub errors: Vec<SyntaxError>,
}

/// Parses a whole file.
pub fn parse(source: &str) -> Parsed {
    let lexed = lexer::tokenize(source);
    let tokens: Vec<(token::Token, SimpleSpan)> =
        lexed.tokens.into_iter().map(|(t, s)| (t, SimpleSpan::from(s.range()))).collect();
    let (module, parse_errors) = parser::file(source, &tokens);
    let mut errors = lexed.errors;
    // A parser error inside a line the lexer already rejected only repeats it.
    errors.extend(
        parse_errors
            .into_iter()
            .filter(|e| !lexed.poisoned.iter().any(|p| p.start <= e.span.start && e.span.start <= p.end)),
    );
    errors.sort_by_key(|e| (e.span.start, e.span.end));
    errors.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
    Parsed { module, errors }
}
