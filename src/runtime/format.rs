//! Temporary: replaced by the full formatting module.
use num_bigint::BigInt;
#[derive(Debug, Clone, PartialEq)]
pub enum FmtError {
    Value(String),
    Type(String),
    Overflow(String),
}
pub enum PercentArg {
    Int(BigInt),
    Float(f64),
    Str(String),
}
pub fn float_repr(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{x:.1}")
    } else if x.is_nan() {
        "nan".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else {
        format!("{x}")
    }
}
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FmtError> {
    let _ = spec;
    Ok(v.to_string())
}
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    if let Some(p) = spec.strip_prefix('.').and_then(|s| s.strip_suffix('f')) {
        return Ok(format!("{:.*}", p.parse().unwrap_or(6), v));
    }
    Ok(float_repr(v))
}
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    let _ = spec;
    Ok(s.to_string())
}
pub fn str_repr(s: &str) -> String {
    format!(
        "'{}'",
        s.replace('\\', "\\\\")
            .replace('\'', "\\'")
            .replace('\n', "\\n")
    )
}
pub fn bytes_repr(b: &[u8]) -> String {
    format!("b'{}'", String::from_utf8_lossy(b))
}
pub fn percent_format<E: From<FmtError>>(
    fmt: &str,
    mut arg: impl FnMut(Option<&str>, char) -> Result<PercentArg, E>,
) -> Result<String, E> {
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('%') => out.push('%'),
            Some(k) => match arg(None, k)? {
                PercentArg::Int(i) => out.push_str(&i.to_string()),
                PercentArg::Float(f) => out.push_str(&format!("{f:.6}")),
                PercentArg::Str(s) => out.push_str(&s),
            },
            None => {}
        }
    }
    Ok(out)
}
