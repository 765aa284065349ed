//! Text codecs: `str.encode` and `bytes.decode` for utf-8 (and
//! utf-8-sig), ascii, latin-1, utf-16 and utf-32, with CPython's error
//! handlers (strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace) and its exact UnicodeEncodeError/UnicodeDecodeError.
//!
//! weft strings are UTF-8 and hold no lone surrogates, so utf-8 encoding
//! never fails, and what CPython would decode to a lone surrogate
//! (`surrogateescape`, `surrogatepass`) becomes U+FFFD, as lone surrogate
//! escapes in literals do.

use crate::interp::{Exc, Vm, R};
use crate::runtime::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// `None`: byte order from the BOM (written when encoding).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// CPython's `encodings.normalize_encoding`, lowercased: runs of
/// characters other than letters, digits and '.' become one '_'.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec an encoding name (or alias) names.
pub fn lookup(name: &str) -> Option<Codec> {
    let n = normalize(name);
    let n = n.replace('.', "_");
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        _ => return None,
    })
}

fn find_codec(vm: &Vm, encoding: &str) -> R<Codec> {
    lookup(encoding)
        .ok_or_else(|| vm.new_exc(&vm.t.lookup_error, format!("unknown encoding: {encoding}")))
}

/// The error handlers weft knows; CPython looks one up only when an
/// error needs it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    /// surrogateescape, surrogatepass: lone surrogates, which weft
    /// strings cannot hold.
    Surrogate,
}

fn handler(vm: &Vm, errors: &str) -> R<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" | "surrogatepass" => Handler::Surrogate,
        other => {
            return Err(vm.new_exc(
                &vm.t.lookup_error,
                format!("unknown error handler name '{other}'"),
            ))
        }
    })
}

/// The `encoding` and `errors` arguments of `encode`/`decode` (positions
/// `from` and `from + 1` of `a`, or keywords), with CPython's checks.
pub fn enc_args(
    vm: &Vm,
    fname: &str,
    a: &[Value],
    from: usize,
    kw: &[(Name, Value)],
) -> R<(String, String)> {
    let given = a.len().saturating_sub(from);
    if given > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 arguments ({given} given)"
        )));
    }
    let mut out = [String::from("utf-8"), String::from("strict")];
    for (k, name) in ["encoding", "errors"].iter().enumerate() {
        let pos = a.get(from + k);
        let key = super::super::kwarg(kw, name);
        if pos.is_some() && key.is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{name}') and position ({})",
                k + 1
            )));
        }
        if let Some(v) = pos.or(key) {
            match v {
                Value::Str(s) => out[k] = s.text.to_string(),
                other => {
                    return Err(vm.type_error(format!(
                        "{fname}() argument '{name}' must be str, not {}",
                        vm.type_name(other)
                    )))
                }
            }
        }
    }
    for (k, _) in kw {
        if k.as_str() != "encoding" && k.as_str() != "errors" {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    let [encoding, errors] = out;
    Ok((encoding, errors))
}

// ---- encoding ------------------------------------------------------------

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    let codec = find_codec(vm, encoding)?;
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            out
        }
        Codec::Ascii => encode_narrow(vm, s, errors, "ascii", 0x80)?,
        Codec::Latin1 => encode_narrow(vm, s, errors, "latin-1", 0x100)?,
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let big = order == Some(Endian::Big);
            let mut put = |u: u16| {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                })
            };
            if order.is_none() {
                put(0xfeff);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    put(*u);
                }
            }
            out
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let big = order == Some(Endian::Big);
            let mut put = |u: u32| {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                })
            };
            if order.is_none() {
                put(0xfeff);
            }
            for c in s.chars() {
                put(c as u32);
            }
            out
        }
    })
}

/// ascii and latin-1: code points below `limit` are their own byte. A
/// run of characters that do not fit is one error, as in CPython.
fn encode_narrow(vm: &Vm, s: &str, errors: &str, name: &str, limit: u32) -> R<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] as u32 >= limit {
            i += 1;
        }
        let bad = &chars[start..i];
        let reason = format!("ordinal not in range({limit})");
        match handler(vm, errors)? {
            Handler::Strict | Handler::Surrogate => {
                return Err(encode_error(vm, name, s, start, i, &reason))
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', bad.len())),
            Handler::BackslashReplace => {
                for &c in bad {
                    out.extend_from_slice(escape(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in bad {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            Handler::NameReplace => {
                for &c in bad {
                    let text = match unicode_names2::name(c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => escape(c),
                    };
                    out.extend_from_slice(text.as_bytes());
                }
            }
        }
    }
    Ok(out)
}

/// `\xe9`, `\u20ac`, `\U0001f600`: how backslashreplace (and the
/// exception's message) spell a code point.
fn escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn encode_error(vm: &Vm, name: &str, s: &str, start: usize, end: usize, reason: &str) -> Exc {
    vm.exc_with_args(
        &vm.t.unicode_encode_error,
        vec![
            Value::str(name),
            Value::str(s),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

// ---- decoding ------------------------------------------------------------

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> R<String> {
    let codec = find_codec(vm, encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(vm, b, errors),
        Codec::Utf8Sig => decode_utf8(vm, b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b), errors),
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut d = Decoder::new(vm, b, errors, "ascii");
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    d.out.push(x as char);
                } else {
                    d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
            Ok(d.out)
        }
        Codec::Utf16(order) => {
            let (order, skip) = match (order, b) {
                (Some(o), _) => (o, 0),
                (None, [0xff, 0xfe, ..]) => (Endian::Little, 2),
                (None, [0xfe, 0xff, ..]) => (Endian::Big, 2),
                (None, _) => (Endian::Little, 0),
            };
            decode_utf16(vm, b, skip, order, errors)
        }
        Codec::Utf32(order) => {
            let (order, skip) = match (order, b) {
                (Some(o), _) => (o, 0),
                (None, [0xff, 0xfe, 0, 0, ..]) => (Endian::Little, 4),
                (None, [0, 0, 0xfe, 0xff, ..]) => (Endian::Big, 4),
                (None, _) => (Endian::Little, 0),
            };
            decode_utf32(vm, b, skip, order, errors)
        }
    }
}

/// Decoded text so far, and what to do with a byte range that does not
/// decode.
struct Decoder<'a> {
    vm: &'a Vm,
    bytes: &'a [u8],
    errors: &'a str,
    name: &'static str,
    out: String,
}

impl<'a> Decoder<'a> {
    fn new(vm: &'a Vm, bytes: &'a [u8], errors: &'a str, name: &'static str) -> Decoder<'a> {
        Decoder {
            vm,
            bytes,
            errors,
            name,
            out: String::with_capacity(bytes.len()),
        }
    }

    /// Bytes `start..end` do not decode, for `reason`.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> R<()> {
        let vm = self.vm;
        match handler(vm, self.errors)? {
            Handler::Strict => Err(vm.exc_with_args(
                &vm.t.unicode_decode_error,
                vec![
                    Value::str(self.name),
                    Value::Bytes(std::rc::Rc::new(self.bytes.to_vec())),
                    Value::Int(start as i64),
                    Value::Int(end as i64),
                    Value::str(reason),
                ],
            )),
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::Surrogate => {
                let n = end.saturating_sub(start);
                self.out.extend(std::iter::repeat_n('\u{fffd}', n));
                Ok(())
            }
            Handler::BackslashReplace => {
                for x in self.bytes.get(start..end).unwrap_or(&[]) {
                    self.out.push_str(&format!("\\x{x:02x}"));
                }
                Ok(())
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
        }
    }
}

fn decode_utf8(vm: &Vm, b: &[u8], errors: &str) -> R<String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut d = Decoder::new(vm, b, errors, "utf-8");
    let mut pos = 0;
    while pos < b.len() {
        let rest = b.get(pos..).unwrap_or(&[]);
        match std::str::from_utf8(rest) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(rest.get(..good).unwrap_or(&[])) {
                    d.out.push_str(s);
                }
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let lead = rest.get(good).copied().unwrap_or(0);
                        let bad_start = matches!(lead, 0x80..=0xc1 | 0xf5..=0xff);
                        (
                            start + n,
                            if bad_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                    None => (b.len(), "unexpected end of data"),
                };
                d.error(start, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(d.out)
}

fn unit16(b: &[u8], i: usize, order: Endian) -> Option<u16> {
    let pair = [*b.get(i)?, *b.get(i + 1)?];
    Some(match order {
        Endian::Little => u16::from_le_bytes(pair),
        Endian::Big => u16::from_be_bytes(pair),
    })
}

fn decode_utf16(vm: &Vm, b: &[u8], skip: usize, order: Endian, errors: &str) -> R<String> {
    let name = match order {
        Endian::Little => "utf-16-le",
        Endian::Big => "utf-16-be",
    };
    let mut d = Decoder::new(vm, b, errors, name);
    let n = b.len();
    let mut i = skip;
    while i < n {
        let Some(u) = unit16(b, i, order) else {
            d.error(i, n, "truncated data")?;
            break;
        };
        match u {
            0xd800..=0xdbff => match unit16(b, i + 2, order) {
                None => {
                    d.error(i, n, "unexpected end of data")?;
                    break;
                }
                Some(lo @ 0xdc00..=0xdfff) => {
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
                    d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                }
                Some(_) => {
                    d.error(i, i + 2, "illegal UTF-16 surrogate")?;
                    i += 2;
                }
            },
            0xdc00..=0xdfff => {
                d.error(i, i + 2, "illegal encoding")?;
                i += 2;
            }
            _ => {
                d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    Ok(d.out)
}

fn decode_utf32(vm: &Vm, b: &[u8], skip: usize, order: Endian, errors: &str) -> R<String> {
    let name = match order {
        Endian::Little => "utf-32-le",
        Endian::Big => "utf-32-be",
    };
    let mut d = Decoder::new(vm, b, errors, name);
    let n = b.len();
    let mut i = skip;
    while i < n {
        let Some(&[p, q, r, s]) = b.get(i..i + 4) else {
            d.error(i, n, "truncated data")?;
            break;
        };
        let c = match order {
            Endian::Little => u32::from_le_bytes([p, q, r, s]),
            Endian::Big => u32::from_be_bytes([p, q, r, s]),
        };
        if c > 0x10ffff {
            d.error(i, i + 4, "code point not in range(0x110000)")?;
        } else if (0xd800..0xe000).contains(&c) {
            d.error(
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?;
        } else {
            d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        i += 4;
    }
    Ok(d.out)
}
