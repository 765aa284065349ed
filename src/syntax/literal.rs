//! Literal values: decoding string escapes and reading numbers.

use std::rc::Rc;

use super::token::BigIntLit;

/// A string literal token after decoding.
#[derive(Debug, Clone, PartialEq)]
pub enum StrLit {
    Text(Rc<str>),
    Bytes(Rc<[u8]>),
}

/// An escape that cannot be decoded: offset of the backslash in the body, and
/// CPython's message.
#[derive(Debug)]
pub struct EscapeError {
    pub offset: usize,
    pub len: usize,
    pub message: String,
}

/// Decodes the escapes of a (non-raw) str literal body.
pub fn decode_str(body: &str) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).unwrap();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (width, what) = match e {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut value = 0u32;
                let mut digits = 0;
                while digits < width {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap();
                            chars.next();
                            digits += 1;
                        }
                        _ => break,
                    }
                }
                let end = at + 2 + digits;
                if digits < width {
                    return Err(unicode_error(at, end, &format!("truncated {what} escape")));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    // A lone surrogate: valid in Python, but weft's strings
                    // are UTF-8 and cannot hold one.
                    None if (0xD800..0xE000).contains(&value) => out.push('\u{fffd}'),
                    None => return Err(unicode_error(at, end, "illegal Unicode character")),
                }
            }
            'N' => {
                let rest = &body[at + 2..];
                let named = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|close| &r[..close]))
                    .filter(|name| !name.is_empty());
                let Some(name) = named else {
                    return Err(unicode_error(at, at + 2, "malformed \\N character escape"));
                };
                let Some(ch) = unicode_names2::character(name) else {
                    let end = at + 2 + name.len() + 2;
                    return Err(unicode_error(at, end, "unknown Unicode character name"));
                };
                out.push(ch);
                for _ in 0..name.chars().count() + 2 {
                    chars.next();
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_error(start: usize, end: usize, what: &str) -> EscapeError {
    EscapeError {
        offset: start,
        len: end - start,
        message: format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
            start,
            end.saturating_sub(1)
        ),
    }
}

/// Decodes a bytes literal body (raw or not). Only ASCII may be written.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    if let Some((at, c)) = body.char_indices().find(|(_, c)| !c.is_ascii()) {
        return Err(EscapeError {
            offset: at,
            len: c.len_utf8(),
            message: "bytes can only contain ASCII literal characters".into(),
        });
    }
    let bytes = body.as_bytes();
    if raw {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' || i + 1 == bytes.len() {
            out.push(b);
            i += 1;
            continue;
        }
        let e = bytes[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = bytes
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    let start = i - 2;
                    let digits = bytes[i..]
                        .iter()
                        .take(2)
                        .take_while(|d| d.is_ascii_hexdigit())
                        .count();
                    return Err(EscapeError {
                        offset: start,
                        len: 2 + digits,
                        message: format!("(value error) invalid \\x escape at position {start}"),
                    });
                };
                out.push(u8::from_str_radix(std::str::from_utf8(hex).unwrap(), 16).unwrap());
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// A number literal's value.
pub enum Number {
    Int(i64),
    BigInt(BigIntLit),
    Float(f64),
    Imag(f64),
}

/// Reads an integer literal in the given radix (`text` includes any `0x`
/// prefix and underscores).
pub fn read_int(text: &str, radix: u32) -> Number {
    let digits: String = if radix == 10 {
        text.to_string()
    } else {
        text[2..].to_string()
    };
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    match u64::from_str_radix(&digits, radix) {
        Ok(v) if v <= i64::MAX as u64 => Number::Int(v as i64),
        _ => {
            let trimmed = digits.trim_start_matches('0');
            let digits = if trimmed.is_empty() { "0" } else { trimmed };
            Number::BigInt(BigIntLit {
                radix,
                digits: digits.into(),
            })
        }
    }
}

/// Reads a float or imaginary literal (`imag`: the text ends in `j`).
pub fn read_float(text: &str, imag: bool) -> Number {
    let body = if imag { &text[..text.len() - 1] } else { text };
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    // The lexer's patterns only admit what Rust's parser accepts; an
    // exponent too large still parses, to infinity, as in Python.
    let value = clean.parse::<f64>().unwrap_or(f64::NAN);
    if imag {
        Number::Imag(value)
    } else {
        Number::Float(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r"a\tb\n\x41\u00e9\U0001F600\101\N{BULLET}\q").unwrap(),
            "a\tb\nA\u{e9}\u{1F600}A\u{2022}\\q"
        );
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
        let err = decode_str(r"\x4").unwrap_err();
        assert_eq!(err.message, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        assert!(decode_str(r"\N{NO SUCH NAME}").is_err());
    }

    #[test]
    fn bytes() {
        assert_eq!(
            decode_bytes(r"a\x41\n\777\u1234", false).unwrap(),
            b"aA\n\xff\\u1234".to_vec()
        );
        assert_eq!(decode_bytes(r"a\n", true).unwrap(), b"a\\n".to_vec());
        assert!(decode_bytes("é", false).is_err());
    }

    #[test]
    fn numbers() {
        assert!(matches!(read_int("1_000", 10), Number::Int(1000)));
        assert!(matches!(read_int("0xff", 16), Number::Int(255)));
        assert!(matches!(read_int("0b1_01", 2), Number::Int(5)));
        assert!(matches!(
            read_int("9223372036854775808", 10),
            Number::BigInt(_)
        ));
        assert!(matches!(read_float("1.", false), Number::Float(v) if v == 1.0));
        assert!(matches!(read_float(".5e1_0", false), Number::Float(v) if v == 0.5e10));
        assert!(matches!(read_float("2j", true), Number::Imag(v) if v == 2.0));
        assert!(matches!(read_float("1e400", false), Number::Float(v) if v.is_infinite()));
    }
}
