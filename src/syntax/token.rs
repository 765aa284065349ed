//! The tokens of weft's source, and the raw lexer (logos) that finds them.
//!
//! logos recognises the shape of each token. Tokens that carry a value
//! (names, numbers, strings) are first produced as unit "raw" variants; the
//! indentation pass in `lexer.rs` turns them into their valued forms, so
//! that the parser only ever sees finished tokens plus NEWLINE, INDENT and
//! DEDENT.

use std::fmt;
use std::rc::Rc;

use logos::Logos;

use super::literal::StrLit;

/// Why logos could not produce a token.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexFault {
    /// A character that starts no token.
    #[default]
    Unrecognised,
    UnterminatedString,
    UnterminatedTripleString,
}

/// The prefix and quoting of a string literal, found by the raw lexer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StrShape {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
    /// Bytes of prefix letters before the opening quote.
    pub prefix_len: u8,
    /// 1 or 3.
    pub quote_len: u8,
}

/// Literal integers too large for `i64`, kept as text for the runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct BigIntLit {
    pub radix: u32,
    /// Digits without prefix or underscores.
    pub digits: Box<str>,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexFault)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Token {
    // ---- produced by the indentation pass ----
    Newline,
    Indent,
    Dedent,
    Ident(Rc<str>),
    Int(i64),
    BigInt(Rc<BigIntLit>),
    Float(f64),
    Imag(f64),
    Str(Rc<StrLit>),
    /// An f-string is split into parts: FStrStart, then literal text and
    /// replacement fields, then FStrEnd.
    FStrStart,
    FStrText(Rc<str>),
    /// `{` opening a replacement field; the expression's tokens follow.
    FieldOpen,
    /// The `=` of `{expr=}`, carrying the text `expr=` as written.
    FieldDebug(Rc<str>),
    /// `!r`, `!s` or `!a`.
    FieldConv(char),
    /// The `:` starting a format spec; text and nested fields follow.
    FieldSpec,
    /// `}` closing a replacement field.
    FieldClose,
    FStrEnd,

    // ---- produced by logos, consumed by the indentation pass ----
    #[regex(r"\r\n|\r|\n")]
    RawNewline,
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*")]
    RawName,
    #[regex(r"[0-9](_?[0-9])*")]
    RawDecInt,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    RawHexInt,
    #[regex(r"0[oO](_?[0-7])+")]
    RawOctInt,
    #[regex(r"0[bB](_?[01])+")]
    RawBinInt,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    RawFloat,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    RawImag,
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")"#, scan_string)]
    RawStr(StrShape),

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- operators and delimiters ----
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    Walrus,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEq,
    #[token(">=")]
    GreaterEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token("=")]
    Assign,
    #[token("->")]
    Arrow,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    DoubleSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("@=")]
    AtEq,
    #[token("&=")]
    AmperEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token(">>=")]
    RShiftEq,
    #[token("<<=")]
    LShiftEq,
    #[token("**=")]
    DoubleStarEq,
}

/// Finds the end of a string literal whose prefix and opening quote logos
/// has matched; the body is scanned by hand because a regular expression
/// cannot say "up to the first unescaped closing triple quote".
fn scan_string(lex: &mut logos::Lexer<Token>) -> Result<StrShape, LexFault> {
    let opener = lex.slice();
    let quote_len = if opener.ends_with("'''") || opener.ends_with("\"\"\"") {
        3
    } else {
        1
    };
    let prefix = &opener[..opener.len() - quote_len];
    let lower = prefix.to_ascii_lowercase();
    let shape = StrShape {
        raw: lower.contains('r'),
        bytes: lower.contains('b'),
        format: lower.contains('f'),
        prefix_len: prefix.len() as u8,
        quote_len: quote_len as u8,
    };
    let quote = opener.as_bytes()[opener.len() - 1];
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\\' => i += 2,
            b'\n' | b'\r' if quote_len == 1 => {
                lex.bump(i);
                return Err(LexFault::UnterminatedString);
            }
            c if c == quote => {
                if quote_len == 1 {
                    lex.bump(i + 1);
                    return Ok(shape);
                }
                if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                    lex.bump(i + 3);
                    return Ok(shape);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    // A backslash as the very last byte may have pushed `i` one past the end.
    lex.bump(rest.len());
    Err(if quote_len == 3 {
        LexFault::UnterminatedTripleString
    } else {
        LexFault::UnterminatedString
    })
}

impl Token {
    /// Keywords and punctuation as they are written; `None` for tokens that
    /// carry a value or are layout.
    pub fn text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LShift => "<<",
            RShift => ">>",
            Amper => "&",
            Pipe => "|",
            Caret => "^",
            Tilde => "~",
            Walrus => ":=",
            Less => "<",
            Greater => ">",
            LessEq => "<=",
            GreaterEq => ">=",
            EqEq => "==",
            NotEq => "!=",
            LParen => "(",
            RParen => ")",
            LBracket => "[",
            RBracket => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Colon => ":",
            Dot => ".",
            Ellipsis => "...",
            Semi => ";",
            Assign => "=",
            Arrow => "->",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            DoubleSlashEq => "//=",
            PercentEq => "%=",
            AtEq => "@=",
            AmperEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            RShiftEq => ">>=",
            LShiftEq => "<<=",
            DoubleStarEq => "**=",
            _ => return Option::None,
        })
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = self.text() {
            return write!(f, "'{text}'");
        }
        match self {
            Token::Newline | Token::RawNewline => f.write_str("newline"),
            Token::Indent => f.write_str("indent"),
            Token::Dedent => f.write_str("dedent"),
            Token::Ident(name) => write!(f, "name '{name}'"),
            Token::RawName => f.write_str("name"),
            Token::Int(_) | Token::BigInt(_) | Token::Float(_) | Token::Imag(_) => {
                f.write_str("number")
            }
            Token::RawDecInt | Token::RawHexInt | Token::RawOctInt | Token::RawBinInt => {
                f.write_str("number")
            }
            Token::RawFloat | Token::RawImag => f.write_str("number"),
            Token::Str(_) | Token::RawStr(_) | Token::FStrStart | Token::FStrText(_) => {
                f.write_str("string")
            }
            Token::FStrEnd => f.write_str("end of f-string"),
            Token::FieldOpen => f.write_str("'{'"),
            Token::FieldClose => f.write_str("'}'"),
            Token::FieldDebug(_) => f.write_str("'='"),
            Token::FieldConv(_) => f.write_str("'!'"),
            Token::FieldSpec => f.write_str("':'"),
            _ => f.write_str("token"),
        }
    }
}
