//! Syntax errors: what went wrong, where, in Python's words.

use super::ast::Span;

/// Which Python exception a syntax error is reported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    /// The message exactly as CPython words it where CPython has one.
    pub message: String,
    pub span: Span,
    /// The input ended before the construct did (an unclosed bracket or
    /// string, a block still expected): the REPL asks for another line.
    pub incomplete: bool,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            span,
            incomplete: false,
        }
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::IndentationError,
            ..SyntaxError::new(message, span)
        }
    }

    pub fn incomplete(mut self) -> SyntaxError {
        self.incomplete = true;
        self
    }
}
