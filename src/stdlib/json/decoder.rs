//! The JSON decoder: CPython's C scanner (`_json.c`), with its error
//! messages and positions. It walks the UTF-8 bytes; positions are
//! turned into code-point indexes only for errors and results.

use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;

/// The decoder's settings (JSONDecoder's attributes).
#[derive(Default)]
pub struct Options {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    /// Control characters inside strings are errors.
    pub strict: bool,
}

/// What went wrong, and where (a byte offset into the document).
pub enum Error {
    /// A Python exception raised by a hook.
    Py(Exc),
    /// `JSONDecodeError(msg, doc, pos)`.
    Json(&'static str, usize),
}

impl From<Exc> for Error {
    fn from(e: Exc) -> Error {
        Error::Py(e)
    }
}

type D<T> = Result<T, Error>;

pub struct Decoder<'a> {
    vm: &'static Vm,
    opts: &'a Options,
    s: &'a str,
    b: &'a [u8],
    depth: u32,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Decoder<'a> {
    pub fn new(vm: &'static Vm, opts: &'a Options, s: &'a str) -> Decoder<'a> {
        Decoder {
            vm,
            opts,
            s,
            b: s.as_bytes(),
            depth: 0,
        }
    }

    /// The offset after any whitespace at `i`.
    pub fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// `scan_once`: the value starting at byte `i` and the offset after
    /// it; "Expecting value" where there is none.
    pub fn value(&mut self, i: usize) -> D<(Value, usize)> {
        let b = self.b;
        let Some(&c) = b.get(i) else {
            return Err(Error::Json("Expecting value", i));
        };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::str(s), end))
            }
            b'{' => self.nested(|d| d.object(i + 1), "object"),
            b'[' => self.nested(|d| d.array(i + 1), "array"),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant("NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => {
                Ok((self.constant("Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                Ok((self.constant("-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            _ => self.number(i),
        }
    }

    fn nested(
        &mut self,
        f: impl FnOnce(&mut Self) -> D<(Value, usize)>,
        what: &str,
    ) -> D<(Value, usize)> {
        let vm = self.vm;
        if vm.enter().is_err() {
            return Err(Error::Py(vm.new_exc(
                &vm.t.recursion_error,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        vm.leave();
        r
    }

    fn constant(&self, name: &str, v: f64) -> R<Value> {
        match &self.opts.parse_constant {
            Some(f) => self.vm.call(f, Args::new(vec![Value::str(name)])),
            None => Ok(Value::Float(v)),
        }
    }

    fn number(&self, start: usize) -> D<(Value, usize)> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(Error::Json("Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) && i + 1 < b.len() {
            let e_start = i;
            i += 1;
            if matches!(b.get(i), Some(b'-' | b'+')) && i + 1 < b.len() {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.s[start..i];
        let vm = self.vm;
        let value = if is_float {
            match &self.opts.parse_float {
                Some(f) => vm.call(f, Args::new(vec![Value::str(text)]))?,
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.opts.parse_int {
                Some(f) => vm.call(f, Args::new(vec![Value::str(text)]))?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => {
                        let digits = text.len() - usize::from(text.starts_with('-'));
                        crate::runtime::format::check_str_digits(digits)
                            .map_err(|e| Error::Py(e.into()))?;
                        match text.parse::<num_bigint::BigInt>() {
                            Ok(n) => Value::bigint(n),
                            Err(_) => return Err(Error::Json("Expecting value", start)),
                        }
                    }
                },
            }
        };
        Ok((value, i))
    }

    /// `scanstring`: the string whose opening quote is just before `i`,
    /// and the offset after its closing quote.
    pub fn string(&self, i: usize) -> D<(String, usize)> {
        let b = self.b;
        let begin = i - 1;
        let mut out = String::new();
        let mut i = i;
        loop {
            // A run of plain characters.
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' {
                if b[i] < 0x20 && self.opts.strict {
                    return Err(Error::Json("Invalid control character at", i));
                }
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            if i >= b.len() {
                return Err(Error::Json("Unterminated string starting at", begin));
            }
            if b[i] == b'"' {
                return Ok((out, i + 1));
            }
            // A backslash escape.
            i += 1;
            let Some(&c) = b.get(i) else {
                return Err(Error::Json("Unterminated string starting at", begin));
            };
            if c != b'u' {
                out.push(match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Error::Json("Invalid \\escape", i - 1)),
                });
                i += 1;
                continue;
            }
            // \uXXXX, perhaps a surrogate pair.
            let next = i + 1;
            let end = next + 4;
            if end >= b.len() {
                return Err(Error::Json("Invalid \\uXXXX escape", next - 1));
            }
            let hex = |from: usize| -> Option<u32> {
                let digits = b.get(from..from + 4)?;
                let text = std::str::from_utf8(digits).ok()?;
                if !text.bytes().all(|d| d.is_ascii_hexdigit()) {
                    return None;
                }
                u32::from_str_radix(text, 16).ok()
            };
            let Some(mut cp) = hex(next) else {
                return Err(Error::Json("Invalid \\uXXXX escape", end - 5));
            };
            let mut after = end;
            if (0xd800..0xdc00).contains(&cp)
                && end + 6 < b.len()
                && b[end] == b'\\'
                && b[end + 1] == b'u'
            {
                let Some(lo) = hex(end + 2) else {
                    return Err(Error::Json("Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&lo) {
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00));
                    after = end + 6;
                }
            }
            // A lone surrogate cannot be held in a str here.
            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
            i = after;
        }
    }

    fn object(&mut self, i: usize) -> D<(Value, usize)> {
        let vm = self.vm;
        let b = self.b;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(Error::Json(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, end) = self.string(i + 1)?;
                i = self.skip_ws(end);
                if b.get(i) != Some(&b':') {
                    return Err(Error::Json("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, end) = self.value(i)?;
                pairs.push((Value::str(key), value));
                i = self.skip_ws(end);
                if b.get(i) == Some(&b'}') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(Error::Json("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = &self.opts.object_pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            return Ok((vm.call(hook, Args::new(vec![Value::list(list)]))?, end));
        }
        let mut d = Dict::new();
        for (k, v) in pairs {
            if let Value::Str(s) = &k {
                d.set_str(&s.text, v);
            }
        }
        let mut obj = Value::dict(d);
        if let Some(hook) = &self.opts.object_hook {
            obj = vm.call(hook, Args::new(vec![obj]))?;
        }
        Ok((obj, end))
    }

    fn array(&mut self, i: usize) -> D<(Value, usize)> {
        let b = self.b;
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b']') {
            loop {
                let (value, end) = self.value(i)?;
                items.push(value);
                i = self.skip_ws(end);
                if b.get(i) == Some(&b']') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(Error::Json("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }
}
