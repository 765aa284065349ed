//! `repr()` of `str` and `bytes`, `ascii()` escaping, and the Unicode
//! predicates they need (CPython's `unicode_repr`, `bytes_repr`).

use std::fmt::Write;

use super::tables::{DECIMAL_ZEROS, NONPRINTABLE};

/// `str.isprintable()` for one character (`Py_UNICODE_ISPRINTABLE`): false
/// for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if (0x20..0x7f).contains(&c) {
        return true;
    }
    if c < 0x20 {
        return false;
    }
    // The last range starting at or before `c`.
    let i = NONPRINTABLE.partition_point(|&(start, _)| start <= c);
    i == 0 || c > NONPRINTABLE[i - 1].1
}

/// The decimal value of a Unicode decimal digit (category Nd), as
/// `Py_UNICODE_TODECIMAL`: `'7'` and `'٧'` give 7, others `None`.
pub fn unicode_decimal(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if i == 0 {
        return None;
    }
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// Chooses the quote as CPython: `"` if the text contains `'` but no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)` for a str: `'abc'`, `"it's"`, `'a\nb'`, `'\x00'`, `'é'`,
/// `'\u200b'`, `'\U000e0001'`.
pub fn str_repr(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Writes `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `c`.
fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    let _ = if n <= 0xff {
        write!(out, "\\x{n:02x}")
    } else if n <= 0xffff {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

/// Escapes every non-ASCII character as `\xNN`, `\uNNNN` or `\UNNNNNNNN`
/// (the `backslashreplace` step of `ascii()`): `ascii(x)` is
/// `ascii_escape(&repr(x))`.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// `ascii(s)` for a str: its repr with non-ASCII characters escaped.
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `repr(b)` for bytes: `b'abc'`, `b"it's"`, `b'\x00\xff'`, `b'\t\n\r\\'`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
