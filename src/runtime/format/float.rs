//! Float <-> text conversions, mirroring CPython's `Python/pystrtod.c`
//! (`PyOS_double_to_string`, `format_float_short`) and `Objects/floatobject.c`
//! (`float.__round__`, `float.hex`, `float.fromhex`).
//!
//! Digit generation follows `_Py_dg_dtoa`: mode 0 (shortest round-trip),
//! mode 2 (`n` significant digits) and mode 3 (`n` digits after the point),
//! all correctly rounded (round-half-even on the exact binary value). The
//! digits come from Rust's `core::fmt` float formatting, which is exact
//! (Grisu with a Dragon4 fallback) and rounds ties to even; its output is
//! converted to dtoa's `(digits, decpt)` form.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::FmtError;

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// Always add a sign (`+` for non-negative values, also `+nan`).
    pub sign: bool,
    /// Add `.0` to integral values written without an exponent.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the trailing point and trailing zeros of `g`.
    pub alt: bool,
    /// Coerce negative zero (after rounding) to positive zero (`z`).
    pub no_neg_0: bool,
}

/// Enough significant digits to hold the exact decimal value of any f64
/// (the longest exact expansion has 767 significant digits).
const MAX_SIG_DIGITS: usize = 800;
/// Enough digits after the point to hold the exact value of any f64
/// (the smallest subnormal has 1074 digits after the point).
const MAX_FRAC_DIGITS: usize = 1100;

/// A digit string without trailing zeros and the position of the decimal
/// point relative to its start (`0.d1d2... * 10**decpt`), as `_Py_dg_dtoa`.
type Digits = (Vec<u8>, i64);

/// Parses Rust's `{:e}` output (`d.ddde-5`, `de7`) of a non-negative value.
fn parse_exp_form(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i64 = exp.parse().expect("exponent");
    let mut d: Vec<u8> = mant.bytes().filter(|b| *b != b'.').collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return (b"0".to_vec(), 1);
    }
    (d, exp + 1)
}

/// Mode 0: the shortest digit string that round-trips; when two such
/// strings are equally near `x`, the one with an even last digit (dtoa's
/// choice; Rust's formatter may pick the other one).
fn digits_shortest(x: f64) -> Digits {
    let (d, decpt) = parse_exp_form(&format!("{x:e}"));
    let n = d.len();
    if x == 0.0 || n > 17 {
        return (d, decpt);
    }
    // The (n+1)-digit rounding of x: a tie needs x to equal it exactly, with
    // a last digit 5 halfway between the two n-digit candidates.
    let (mid, mid_decpt) = parse_exp_form(&format!("{:.*e}", n, x));
    if mid.len() != n + 1 || mid[n] != b'5' || !exact_decimal(x, &mid, mid_decpt) {
        return (d, decpt);
    }
    let mut even = mid[..n].to_vec();
    let mut even_decpt = mid_decpt;
    if (even[n - 1] - b'0') % 2 == 1 {
        let mut i = n;
        loop {
            if i == 0 {
                even.insert(0, b'1');
                even_decpt += 1;
                break;
            }
            i -= 1;
            if even[i] == b'9' {
                even[i] = b'0';
            } else {
                even[i] += 1;
                break;
            }
        }
    }
    while even.last() == Some(&b'0') {
        even.pop();
    }
    let text = format!(
        "0.{}e{}",
        std::str::from_utf8(&even).expect("ascii digits"),
        even_decpt
    );
    if text.parse::<f64>() == Ok(x) {
        (even, even_decpt)
    } else {
        (d, decpt)
    }
}

/// Whether the non-negative finite `x` equals `0.digits * 10**decpt` exactly.
fn exact_decimal(x: f64, digits: &[u8], decpt: i64) -> bool {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let t = BigUint::parse_bytes(digits, 10).expect("decimal digits");
    let k = decpt - digits.len() as i64;
    let mut lhs = BigUint::from(m);
    let mut rhs = t;
    if e >= 0 {
        lhs <<= e as usize;
    } else {
        rhs <<= (-e) as usize;
    }
    let p10 = BigUint::from(10u8).pow(k.unsigned_abs() as u32);
    if k >= 0 {
        rhs *= p10;
    } else {
        lhs *= p10;
    }
    lhs == rhs
}

/// Mode 2: `n >= 1` significant digits, correctly rounded.
fn digits_significant(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    parse_exp_form(&format!("{:.*e}", n - 1, x))
}

/// Mode 3: `p` digits after the decimal point (`p` may be negative: round
/// to a multiple of `10**-p`). A value that rounds to zero gives no digits
/// and `decpt = -p`, except an exact zero, which gives `"0"`, 1.
fn digits_fixed(x: f64, p: i64) -> Digits {
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    if p < 0 {
        return digits_fixed_negative(x, p);
    }
    let s = format!("{:.*}", (p as usize).min(MAX_FRAC_DIGITS), x);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int_part.len() as i64;
    let mut d: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let lead = d.iter().take_while(|b| **b == b'0').count();
    d.drain(..lead);
    decpt -= lead as i64;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return (Vec::new(), -p);
    }
    (d, decpt)
}

/// Mode 3 with a negative digit count: round the exact expansion by hand.
fn digits_fixed_negative(x: f64, p: i64) -> Digits {
    let (d, decpt) = digits_significant(x, MAX_SIG_DIGITS); // exact
    let keep = decpt + p; // digits kept before the rounding position
    if keep < 0 {
        return (Vec::new(), -p);
    }
    let keep = keep as usize;
    if keep >= d.len() {
        return (d, decpt);
    }
    let mut kept = d[..keep].to_vec();
    let first_dropped = d[keep];
    let rest_nonzero = d[keep + 1..].iter().any(|b| *b != b'0');
    let last_odd = kept.last().is_some_and(|b| (b - b'0') % 2 == 1);
    let round_up = first_dropped > b'5' || (first_dropped == b'5' && (rest_nonzero || last_odd));
    let mut decpt = decpt;
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    while kept.last() == Some(&b'0') {
        kept.pop();
    }
    if kept.is_empty() {
        return (Vec::new(), -p);
    }
    (kept, decpt)
}

/// `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r`; `precision` is ignored for `r`.
/// Precision 0 with `g` means 1. Returns e.g. `1.5e+10`, `-inf`, `nan`.
pub fn double_to_string(x: f64, code: char, precision: i64, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut precision = precision.max(0);
    match code {
        'e' => precision += 1,
        'g' if precision == 0 => precision = 1,
        _ => {}
    }
    let mut out = String::new();
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let mut neg = x.is_sign_negative();
    if x.is_infinite() {
        if neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let ax = x.abs();
    let (digits, mut decpt) = match code {
        'e' | 'g' => digits_significant(ax, precision as usize),
        'f' => digits_fixed(ax, precision),
        _ => digits_shortest(ax),
    };
    if flags.no_neg_0 && neg && (digits.is_empty() || digits == b"0") {
        neg = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digit_str =
        |r: std::ops::Range<usize>| std::str::from_utf8(&digits[r]).expect("ascii digits");
    out.reserve((vdigits_end - vdigits_start).max(0) as usize + 8);
    if neg {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(digit_str(0..decpt as usize));
        out.push('.');
        out.push_str(digit_str(decpt as usize..digits.len()));
    } else {
        out.push_str(digit_str(0..digits.len()));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// `repr(x)` / `str(x)` for a float: shortest round-trip digits, fixed
/// notation for `1e-4 <= |x| < 1e16`, otherwise exponent notation.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// The shortest round-trip digits without `.0` for integral values, as
/// used for the parts of `repr(complex)` (`1`, `2.5`, `1e+16`, `inf`).
pub fn float_repr_short(x: f64) -> String {
    double_to_string(x, 'r', 0, DtsFlags::default())
}

/// `round(x, ndigits)` for a float (CPython's `float.__round__` with an
/// integer `ndigits`): rounds the exact value half-to-even to `ndigits`
/// decimal places. Errors with `OverflowError` when the result overflows.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    // NDIGITS_MAX / NDIGITS_MIN of floatobject.c.
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (digits, decpt) = digits_fixed(x.abs(), ndigits);
    let text = format!(
        "{}0{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        std::str::from_utf8(&digits).expect("ascii digits"),
        decpt - digits.len() as i64
    );
    let rounded: f64 = text.parse().expect("valid float literal");
    if rounded.is_infinite() {
        return Err(FmtError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// `float.hex()`: `0x1.8000000000000p+1`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{mant:013x}p{esign}{}", e.abs())
}

/// `2**e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `m * 2**e` correctly rounded (half to even) to an f64, `None` when it
/// overflows. `m` must be non-negative.
fn scale_to_f64(m: &BigUint, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits.saturating_add(e); // m * 2**e lies in [2**(top-1), 2**top)
    if top > 1024 {
        return None;
    }
    if top < -1074 {
        return Some(0.0); // below half the smallest subnormal
    }
    let lsb = (top - 53).max(-1074);
    let shift = lsb - e;
    let mant: u64 = if shift <= 0 {
        (m << (-shift) as usize).to_u64().expect("at most 53 bits")
    } else {
        let shift = shift as usize;
        let q: BigUint = m >> shift;
        let mut q = q.to_u64().expect("at most 53 bits");
        let rem: BigUint = m - (BigUint::from(q) << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    let r = mant as f64 * pow2(lsb);
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// `float(n)` for an int: correctly rounded, or `OverflowError: int too
/// large to convert to float`.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FmtError> {
    if let Some(i) = v.to_i64() {
        return Ok(i as f64);
    }
    match scale_to_f64(v.magnitude(), 0) {
        Some(f) if v.sign() == Sign::Minus => Ok(-f),
        Some(f) => Ok(f),
        None => Err(FmtError::Overflow(
            "int too large to convert to float".into(),
        )),
    }
}

fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `_Py_parse_inf_or_nan`: returns the value and the bytes consumed.
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut neg = false;
    if s.first() == Some(&b'-') {
        neg = true;
        i = 1;
    } else if s.first() == Some(&b'+') {
        i = 1;
    }
    let matches = |at: usize, word: &[u8]| {
        s.len() >= at + word.len() && s[at..at + word.len()].eq_ignore_ascii_case(word)
    };
    let v = if matches(i, b"inf") {
        i += 3;
        if matches(i, b"inity") {
            i += 5;
        }
        f64::INFINITY
    } else if matches(i, b"nan") {
        i += 3;
        f64::NAN
    } else {
        return None;
    };
    Some((if neg { -v } else { v }, i))
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> Result<f64, FmtError> {
    let invalid = || FmtError::Value("invalid hexadecimal floating-point string".into());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_py_space(b[i]) {
        i += 1;
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let value;
    if let Some((v, n)) = parse_inf_or_nan(&b[i..]) {
        value = v;
        i += n;
    } else {
        let mut neg = false;
        if at(i) == b'-' {
            neg = true;
            i += 1;
        } else if at(i) == b'+' {
            i += 1;
        }
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
            i += 2;
        }
        let mut digits = Vec::new();
        let mut fdigits: i64 = 0;
        while at(i).is_ascii_hexdigit() {
            digits.push(at(i));
            i += 1;
        }
        if at(i) == b'.' {
            i += 1;
            while at(i).is_ascii_hexdigit() {
                digits.push(at(i));
                fdigits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return Err(invalid());
        }
        let mut exp: i64 = 0;
        if matches!(at(i), b'p' | b'P') {
            i += 1;
            let mut eneg = false;
            if at(i) == b'-' || at(i) == b'+' {
                eneg = at(i) == b'-';
                i += 1;
            }
            if !at(i).is_ascii_digit() {
                return Err(invalid());
            }
            while at(i).is_ascii_digit() {
                let d = (at(i) - b'0') as i64;
                exp = exp.saturating_mul(10).saturating_add(d);
                i += 1;
            }
            if eneg {
                exp = -exp;
            }
        }
        let m = BigUint::parse_bytes(&digits, 16).expect("hex digits");
        let e = exp.saturating_sub(fdigits.saturating_mul(4));
        let Some(v) = scale_to_f64(&m, e) else {
            return Err(FmtError::Overflow(
                "hexadecimal value too large to represent as a float".into(),
            ));
        };
        value = if neg { -v } else { v };
    }
    while i < b.len() && is_py_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    Ok(value)
}
