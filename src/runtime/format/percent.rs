//! `str % args` (printf-style formatting), as CPython's `PyUnicode_Format`
//! in `Objects/unicodeobject.c`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{double_to_string, float_repr, int_to_f64, DtsFlags};
use super::{FmtError, PercentArg};

#[derive(Default)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

fn value_error(msg: &str) -> FmtError {
    FmtError::Value(msg.to_string())
}

/// `_PyUnicode_FormatLong`: `%d %i %u %o %x %X` of an int with `#` and a
/// precision (minimum number of digits).
fn format_long(v: &BigInt, alt: bool, prec: i64, conv: char) -> Result<String, FmtError> {
    if prec > i32::MAX as i64 - 3 {
        return Err(FmtError::Overflow("precision too large".into()));
    }
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 {
        super::int_to_decimal(&v.abs())?
    } else {
        v.abs().to_str_radix(base)
    };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::with_capacity(digits.len() + 4);
    if v.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    for _ in digits.len() as i64..prec {
        out.push('0');
    }
    out.push_str(&digits);
    Ok(out)
}

/// Converts whatever the caller supplied to an int for an integer
/// conversion (floats truncate, as `int(x)`).
fn as_int(v: PercentArg) -> Result<BigInt, FmtError> {
    Ok(match v {
        PercentArg::Int(i) => i,
        PercentArg::Float(f) if f.is_finite() => {
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                BigInt::from(t as i64)
            } else {
                // Exact: the shortest fixed digits of an integral float
                // beyond 2**53 are all of its digits.
                format!("{t:.0}").parse().expect("integral float")
            }
        }
        PercentArg::Float(f) if f.is_nan() => {
            return Err(value_error("cannot convert float NaN to integer"))
        }
        PercentArg::Float(_) => {
            return Err(FmtError::Overflow(
                "cannot convert float infinity to integer".into(),
            ))
        }
        PercentArg::Str(_) => return Err(FmtError::Type("an integer is required".into())),
    })
}

/// `unicode_format_arg_output`: pads the converted text to the width,
/// placing the sign and the `0x` prefix.
fn output(
    out: &mut String,
    text: &str,
    conv: char,
    f: &Flags,
    width: i64,
    prec: i64,
    numeric: bool,
) {
    let fill = if numeric && f.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if matches!(conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = c;
                len -= 1;
                pindex = 1;
            }
            _ if f.sign => signchar = '+',
            _ if f.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = width.max(len);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_x = f.alt && matches!(conv, 'x' | 'X' | 'o');
    if alt_x {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !f.ljust {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_x {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    for _ in len.max(0)..width {
        out.push(' ');
    }
}

/// `str % args`. See [`super::percent_format`] for the contract.
pub fn percent_format<E: From<FmtError>>(
    fmt: &str,
    bytes: bool,
    mut arg: impl FnMut(Option<&str>, char) -> Result<PercentArg, E>,
) -> Result<String, E> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    // Once a `%(key)` conversion ran, the arguments are that key's value,
    // already consumed: a later conversion without a key finds nothing.
    let mut after_key = false;
    while i < n {
        if chars[i] != '%' {
            let start = i;
            while i < n && chars[i] != '%' {
                i += 1;
            }
            out.extend(&chars[start..i]);
            continue;
        }
        i += 1;
        if i < n && chars[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key: Option<String> = None;
        if i < n && chars[i] == '(' {
            i += 1;
            let start = i;
            let mut depth = 1;
            while depth > 0 && i < n {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key").into());
            }
            key = Some(chars[start..i - 1].iter().collect());
            after_key = true;
        }
        let mut key_fetched = false;
        let mut fetch = |conv: char| -> Result<PercentArg, E> {
            if key.is_some() {
                if key_fetched {
                    return Err(not_enough().into());
                }
                key_fetched = true;
            } else if after_key {
                return Err(not_enough().into());
            }
            arg(key.as_deref(), conv)
        };
        let next = |i: &mut usize| -> Option<char> {
            let c = chars.get(*i).copied();
            if c.is_some() {
                *i += 1;
            }
            c
        };

        let mut f = Flags::default();
        let mut ch;
        loop {
            ch = next(&mut i);
            match ch {
                Some('-') => f.ljust = true,
                Some('+') => f.sign = true,
                Some(' ') => f.blank = true,
                Some('#') => f.alt = true,
                Some('0') => f.zero = true,
                _ => break,
            }
        }
        let mut width: i64 = -1;
        if ch == Some('*') {
            let v = star_int(fetch('*')?)?;
            let Some(mut w) = v.to_i64() else {
                return Err(FmtError::Overflow(
                    "Python int too large to convert to C ssize_t".into(),
                )
                .into());
            };
            if w < 0 {
                f.ljust = true;
                w = w.checked_neg().unwrap_or(i64::MAX);
            }
            width = w;
            ch = next(&mut i);
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            width = d as i64;
            loop {
                ch = next(&mut i);
                let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                    break;
                };
                if width > (i64::MAX - d as i64) / 10 {
                    return Err(value_error("width too big").into());
                }
                width = width * 10 + d as i64;
            }
        }
        let mut prec: i64 = -1;
        if ch == Some('.') {
            prec = 0;
            ch = next(&mut i);
            if ch == Some('*') {
                let v = star_int(fetch('*')?)?;
                let Some(p) = v.to_i32() else {
                    return Err(FmtError::Overflow(
                        "Python int too large to convert to C int".into(),
                    )
                    .into());
                };
                prec = p.max(0) as i64;
                ch = next(&mut i);
            } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                prec = d as i64;
                loop {
                    ch = next(&mut i);
                    let Some(d) = ch.and_then(|c| c.to_digit(10)) else {
                        break;
                    };
                    if prec > (i32::MAX as i64 - d as i64) / 10 {
                        return Err(value_error("precision too big").into());
                    }
                    prec = prec * 10 + d as i64;
                }
            }
        }
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = next(&mut i);
        }
        let Some(conv) = ch else {
            return Err(value_error("incomplete format").into());
        };
        let v = fetch(conv)?;
        match conv {
            's' | 'r' | 'a' | 'c' | 'b' if conv != 'b' || bytes => {
                let text = match v {
                    PercentArg::Str(s) => s,
                    PercentArg::Int(i) => i.to_string(),
                    PercentArg::Float(x) => float_repr(x),
                };
                output(&mut out, &text, conv, &f, width, prec, false);
            }
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let text = format_long(&as_int(v)?, f.alt, prec, conv)?;
                output(&mut out, &text, conv, &f, width, prec, true);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match v {
                    PercentArg::Float(x) => x,
                    PercentArg::Int(i) => int_to_f64(&i)?,
                    PercentArg::Str(_) => {
                        return Err(FmtError::Type("must be real number, not str".into()).into())
                    }
                };
                let flags = DtsFlags {
                    alt: f.alt,
                    ..DtsFlags::default()
                };
                let text = double_to_string(x, conv, if prec < 0 { 6 } else { prec }, flags);
                output(&mut out, &text, conv, &f, width, prec, true);
            }
            c => {
                let shown = if (31..=126).contains(&(c as u32)) {
                    c
                } else {
                    '?'
                };
                return Err(FmtError::Value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    c as u32,
                    i - 1
                ))
                .into());
            }
        }
    }
    Ok(out)
}

fn not_enough() -> FmtError {
    FmtError::Type("not enough arguments for format string".into())
}

/// The value of a `*` width or precision.
fn star_int(v: PercentArg) -> Result<BigInt, FmtError> {
    match v {
        PercentArg::Int(i) => Ok(i),
        _ => Err(FmtError::Type("* wants int".into())),
    }
}
