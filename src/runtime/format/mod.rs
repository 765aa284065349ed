//! Number and string formatting exactly as CPython 3.11: `repr()` of
//! float/str/bytes, `format(value, spec)` for int/float/str, and
//! `str % args`. Pure functions over Rust values; errors are [`FmtError`]s
//! that the interpreter turns into Python exceptions.
//!
//! - [`float`]: `repr(float)`, `PyOS_double_to_string`, `round`, `float.hex`.
//! - [`spec`]: the format-spec mini-language.
//! - [`percent`]: printf-style `%` formatting.
//! - [`repr`]: `repr()` of str and bytes, `ascii()`, Unicode predicates.

mod float;
mod percent;
mod repr;
mod spec;
mod tables;
#[cfg(test)]
mod tests;

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;

pub use float::{
    double_to_string, float_fromhex, float_repr, float_repr_short, float_to_hex, int_to_f64,
    round_float, DtsFlags,
};
pub use repr::{ascii_escape, bytes_repr, is_printable, str_ascii, str_repr, unicode_decimal};
pub use spec::{format_float_as, format_int_as, format_str_as};

/// A formatting error: the Python exception class and its message.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtError {
    /// `ValueError`.
    Value(String),
    /// `TypeError`.
    Type(String),
    /// `OverflowError`.
    Overflow(String),
}

/// One converted argument of `str % args`.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArg {
    Int(BigInt),
    Float(f64),
    Str(String),
}

/// `format(v, spec)` for an int (also for a bool when `spec` is non-empty;
/// use [`format_int_as`] to name `bool` in error messages).
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FmtError> {
    format_int_as(v, spec, "int")
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    format_float_as(v, spec, "float")
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    format_str_as(s, spec, "str")
}

/// `fmt % args`.
///
/// Calls `arg(key, conv)` once per conversion, in order, to fetch and
/// convert the next argument: `key` is `Some("name")` for `%(name)s`, and
/// `conv` the conversion character (`d i u o x X e E f F g G c r s a`). For
/// a `*` width or precision it first calls `arg(key, '*')`, which must
/// return an `Int`. The caller converts the value for the conversion: `Str`
/// for `s r a c` (`c`: the one character), `Int` for `d i u o x X *`,
/// `Float` for `e E f F g G`. For an unsupported conversion character the
/// argument is still fetched (as CPython does; the caller should then
/// return any value without converting) and a `ValueError` follows.
///
/// Argument bookkeeping as CPython: after a `%(key)` conversion, a second
/// fetch in the same conversion (`%(a)*d`) or a later conversion without a
/// key fails with `TypeError: not enough arguments for format string`. The
/// caller reports missing mappings, missing and unconverted positional
/// arguments.
pub fn percent_format<E: From<FmtError>>(
    fmt: &str,
    arg: impl FnMut(Option<&str>, char) -> Result<PercentArg, E>,
) -> Result<String, E> {
    percent::percent_format(fmt, false, arg)
}

/// `bytes % args`, over the bytes as Latin-1 text: as [`percent_format`],
/// and `%b` is `%s` (the caller converts bytes-like values for both).
pub fn percent_format_bytes<E: From<FmtError>>(
    fmt: &str,
    arg: impl FnMut(Option<&str>, char) -> Result<PercentArg, E>,
) -> Result<String, E> {
    percent::percent_format(fmt, true, arg)
}

/// `sys.get_int_max_str_digits()`: the most decimal digits an int may have
/// to be converted to or from a str (0: no limit).
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest limit `sys.set_int_max_str_digits` takes (other than 0).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// An int in decimal, as `str()`; a ValueError past the digit limit.
pub fn int_to_decimal(v: &BigInt) -> Result<String, FmtError> {
    let limit = max_str_digits();
    let too_long = || {
        FmtError::Value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if limit > 0 {
        // Not worth converting when the bits alone show it too long:
        // 2**(bits-1) <= |v| has more than (bits-1)*log10(2) digits.
        let bits = v.bits();
        if bits > 0 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize > limit {
            return Err(too_long());
        }
    }
    let text = v.to_string();
    let digits = text.len() - usize::from(text.starts_with('-'));
    if limit > 0 && digits > limit {
        return Err(too_long());
    }
    Ok(text)
}

/// The digit limit for `int(text)` in a base that is not a power of two.
pub fn check_str_digits(digits: usize) -> Result<(), FmtError> {
    let limit = max_str_digits();
    if limit > 0 && digits > limit {
        return Err(FmtError::Value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// An int in base 2, 8, 10 or 16 with Python's prefix, as `bin()`, `oct()`,
/// `str()` and `hex()`: `-0b101`, `0o17`, `0xff`.
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    use num_traits::Signed;
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", v.abs().to_str_radix(base))
}
