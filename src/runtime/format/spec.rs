//! The format-spec mini-language (`format(value, spec)`), as CPython's
//! `Python/formatter_unicode.c`: `[[fill]align][sign][z][#][0][width]
//! [grouping][.precision][type]` for int, float and str.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{double_to_string, int_to_f64, DtsFlags};
use super::repr::unicode_decimal;
use super::FmtError;

/// Digit grouping (`LT_*` of formatter_unicode.c).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grouping {
    /// No separators (also the `n` type in the C locale).
    None,
    /// `,` every 3 digits.
    Comma,
    /// `_` every 3 digits.
    Underscore,
    /// `_` every 4 digits (b/o/x/X).
    UnderFour,
}

impl Grouping {
    /// The separator and group size.
    fn sep(self) -> Option<(char, i64)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderFour => Some(('_', 4)),
        }
    }
}

/// A parsed format spec (`InternalFormatSpec`). `ty == '\0'` means no type.
#[derive(Debug, Clone)]
struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alternate: bool,
    width: i64,
    grouping: Grouping,
    precision: i64,
    ty: char,
}

/// A character for an error message: `'c'` when printable ASCII, else `'\xNN'`.
fn quoted_char(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{n:x}'")
    }
}

fn unknown_code(ty: char, type_name: &str) -> FmtError {
    FmtError::Value(format!(
        "Unknown format code {} for object of type '{}'",
        quoted_char(ty),
        truncate_name(type_name)
    ))
}

fn truncate_name(name: &str) -> &str {
    match name.char_indices().nth(200) {
        Some((i, _)) => &name[..i],
        None => name,
    }
}

fn value_error(msg: &str) -> FmtError {
    FmtError::Value(msg.to_string())
}

/// `get_integer`: reads Unicode decimal digits at `*pos`. Returns the value
/// and how many digits were read.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(i64, usize), FmtError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| unicode_decimal(*c)) {
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

/// `parse_internal_render_format_spec`.
fn parse(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> Result<Spec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = chars[pos];
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (width, consumed) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        s.width = width;
    }
    let both = || value_error("Cannot specify both ',' and '_'.");
    if pos < end && chars[pos] == ',' {
        s.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.grouping != Grouping::None {
            return Err(both());
        }
        s.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.grouping == Grouping::Underscore {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (precision, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        s.precision = precision;
    }
    if end - pos > 1 {
        return Err(FmtError::Value(format!(
            "Invalid format specifier '{spec}' for object of type '{}'",
            truncate_name(type_name)
        )));
    }
    if end - pos == 1 {
        s.ty = chars[pos];
    }
    if s.grouping != Grouping::None {
        match s.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if s.grouping == Grouping::Underscore => {
                s.grouping = Grouping::UnderFour;
            }
            ty => {
                let sep = if s.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(FmtError::Value(format!(
                    "Cannot specify '{sep}' with {}.",
                    quoted_char(ty)
                )));
            }
        }
    }
    Ok(s)
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right,
/// left-padding with zeros (and separators) up to `min_width` characters.
fn insert_grouping(digits: &[u8], min_width: i64, grouping: Option<(char, i64)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut emit = |use_sep: Option<u8>, n_chars: i64, n_zeros: i64, pos: &mut usize| {
        if let Some(sep) = use_sep {
            rev.push(sep);
        }
        let start = *pos - n_chars as usize;
        rev.extend(digits[start..*pos].iter().rev());
        *pos = start;
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
    };
    let mut use_sep = None;
    let mut broken = false;
    if let Some((sep, group)) = grouping {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(use_sep, n_chars, n_zeros, &mut pos);
            use_sep = Some(sep as u8);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(use_sep, n_chars, n_zeros, &mut pos);
    }
    rev.reverse();
    String::from_utf8(rev).expect("ascii digits")
}

/// The parts of a formatted number, laid out by `calc_number_widths` and
/// `fill_number`: `<lpad><sign><prefix><spad><grouped digits><decimal>
/// <remainder><rpad>`.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits that get grouped.
    digits: &'a str,
    has_decimal: bool,
    /// Text after the decimal point (or exponent, `%`, `inf`, a `c` char).
    remainder: &'a str,
}

fn push_fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

fn fill_number(spec: &Spec, num: &Number, grouping: Grouping) -> String {
    let sign = match spec.sign {
        '+' => Some(if num.negative { '-' } else { '+' }),
        ' ' => Some(if num.negative { '-' } else { ' ' }),
        _ => num.negative.then_some('-'),
    };
    let n_remainder = num.remainder.chars().count() as i64;
    let n_non_digit =
        sign.is_some() as i64 + num.prefix.len() as i64 + num.has_decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width - n_non_digit
    } else {
        0
    };
    let grouped = if num.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(num.digits.as_bytes(), min_width, grouping.sep())
    };
    let n_padding = spec.width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out =
        String::with_capacity((n_non_digit + grouped.len() as i64 + n_padding.max(0)) as usize);
    push_fill(&mut out, spec.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(num.prefix);
    push_fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if num.has_decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    push_fill(&mut out, spec.fill, rpad);
    out
}

/// `format(v, spec)` for an int; `type_name` names the type in errors
/// (`int`, `bool`, or a subclass).
pub fn format_int_as(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return super::int_to_decimal(v);
    }
    let s = parse(spec, type_name, 'd', '>')?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(int_to_f64(v)?, &s),
        ty => Err(unknown_code(ty, type_name)),
    }
}

/// `format_long_internal`.
fn format_long(v: &BigInt, s: &Spec) -> Result<String, FmtError> {
    if s.precision != -1 {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.ty == 'c' {
        if s.sign != '\0' {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let Some(x) = v.to_i64() else {
            return Err(FmtError::Overflow(
                "Python int too large to convert to C long".into(),
            ));
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(FmtError::Overflow("%c arg not in range(0x110000)".into()));
        }
        // Lone surrogates cannot live in a Rust string.
        let c = char::from_u32(x as u32).unwrap_or('\u{fffd}');
        let text = c.to_string();
        let num = Number {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(fill_number(s, &num, s.grouping));
    }
    let (base, prefix) = match s.ty {
        'b' => (2, "0b"),
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
    if s.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let num = Number {
        negative: v.is_negative(),
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let grouping = if s.ty == 'n' {
        Grouping::None
    } else {
        s.grouping
    };
    Ok(fill_number(s, &num, grouping))
}

/// `format(v, spec)` for a float; `type_name` names the type in errors.
pub fn format_float_as(v: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(super::float::float_repr(v));
    }
    let s = parse(spec, type_name, '\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(v, &s),
        ty => Err(unknown_code(ty, type_name)),
    }
}

/// `format_float_internal`.
fn format_float_internal(mut val: f64, s: &Spec) -> Result<String, FmtError> {
    if s.precision > i32::MAX as i64 {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: s.alternate,
        no_neg_0: s.no_neg_0,
        ..DtsFlags::default()
    };
    let mut ty = s.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = if s.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        s.precision
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let num = Number {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let grouping = if s.ty == 'n' {
        Grouping::None
    } else {
        s.grouping
    };
    Ok(fill_number(s, &num, grouping))
}

/// `format(s, spec)` for a str; `type_name` names the type in errors.
pub fn format_str_as(text: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse(spec, type_name, 's', '<')?;
    if s.ty != 's' {
        return Err(unknown_code(s.ty, type_name));
    }
    if s.sign == ' ' {
        return Err(value_error("Space not allowed in string format specifier"));
    }
    if s.sign != '\0' {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if s.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = text.chars().count() as i64;
    let mut body = text;
    if s.precision >= 0 && len >= s.precision {
        len = s.precision;
        if let Some((i, _)) = text.char_indices().nth(len as usize) {
            body = &text[..i];
        }
    }
    let total = s.width.max(len);
    let lpad = match s.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + (total - len) as usize);
    push_fill(&mut out, s.fill, lpad);
    out.push_str(body);
    push_fill(&mut out, s.fill, rpad);
    Ok(out)
}
