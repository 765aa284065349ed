//! Calling a built-in type: `int("12")`, `list(it)`, `range(3)`,
//! `type(x)`, `property(f)`, `zip(a, b)` and the rest.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{arity, int_arg, kwarg, only_kwargs};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

impl Vm {
    pub fn construct_native(&'static self, c: &Rc<Class>, args: Args) -> R<Value> {
        let t = &self.t;
        let a = &args.pos;
        let kw = &args.kw;
        let is = |k: &Rc<Class>| Rc::ptr_eq(c, k);
        let name = c.name.as_str();
        if is(&t.bytes) {
            let data = super::types::bytes::construct(self, "bytes", a, kw)?;
            return Ok(Value::Bytes(Rc::new(data)));
        }
        let takes_kw = [&t.dict, &t.zip, &t.property, &t.str, &t.int, &t.enumerate]
            .iter()
            .any(|k| is(k));
        if !kw.is_empty() && !takes_kw {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        if is(&t.int) {
            only_kwargs(self, "int", kw, &["base"])?;
            arity(self, "int", a, 0, 2)?;
            let base = a.get(1).or_else(|| kwarg(kw, "base"));
            return match (a.first(), base) {
                (None, _) => Ok(Value::Int(0)),
                (Some(v), None) => self.to_int(v),
                (Some(Value::Str(s)), Some(b)) => {
                    let b = int_arg(self, b)?;
                    self.parse_int(&s.text, b as u32)
                }
                (Some(_), Some(_)) => {
                    Err(self.type_error("int() can't convert non-string with explicit base"))
                }
            };
        }
        if is(&t.module) {
            arity(self, "module", a, 1, 2)?;
            let name = super::str_arg(self, "module", &a[0])?;
            let m = super::new_module(name);
            m.dict
                .insert(self.n.doc.clone(), a.get(1).cloned().unwrap_or(Value::None));
            return Ok(Value::Module(m));
        }
        if is(&t.complex) {
            arity(self, "complex", a, 0, 2)?;
            let real = a.first().or_else(|| kwarg(kw, "real"));
            let imag = a.get(1).or_else(|| kwarg(kw, "imag"));
            return self.construct_complex(real, imag);
        }
        if is(&t.float) {
            arity(self, "float", a, 0, 1)?;
            return match a.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => self.to_float(v).map(Value::Float),
            };
        }
        if is(&t.str) {
            only_kwargs(self, "str", kw, &["encoding", "errors"])?;
            arity(self, "str", a, 0, 3)?;
            return match a.first() {
                None => Ok(Value::str("")),
                Some(Value::Bytes(b)) if a.len() > 1 || !kw.is_empty() => {
                    Ok(Value::str(String::from_utf8_lossy(b).into_owned()))
                }
                Some(v) => Ok(Value::str(self.str_of(v)?)),
            };
        }
        if is(&t.bool) {
            arity(self, "bool", a, 0, 1)?;
            return Ok(Value::Bool(match a.first() {
                None => false,
                Some(v) => self.truthy(v)?,
            }));
        }
        if is(&t.list) {
            arity(self, "list", a, 0, 1)?;
            return Ok(Value::list(match a.first() {
                None => Vec::new(),
                Some(v) => self.to_vec(v)?,
            }));
        }
        if is(&t.tuple) {
            arity(self, "tuple", a, 0, 1)?;
            return Ok(match a.first() {
                None => Value::tuple(Vec::new()),
                Some(v @ Value::Tuple(_)) => v.clone(),
                Some(v) => Value::tuple(self.to_vec(v)?),
            });
        }
        if is(&t.dict) {
            arity(self, "dict", a, 0, 1)?;
            let mut d = Dict::new();
            if let Some(src) = a.first() {
                self.dict_update(&mut d, src, false)?;
            }
            for (k, v) in kw {
                self.dict_set(&mut d, Value::str(k.as_str()), v.clone())?;
            }
            return Ok(Value::dict(d));
        }
        if is(&t.set) || is(&t.frozenset) {
            arity(self, name, a, 0, 1)?;
            let mut s = Set::new();
            if let Some(src) = a.first() {
                if let Some(other) = self.set_of(src) {
                    s.reserve_for_merge(other.len());
                    for (_, k) in other.iter() {
                        self.set_add(&mut s, k.clone())?;
                    }
                } else {
                    let it = self.iter(src)?;
                    while let Some(x) = self.next(&it)? {
                        self.set_add(&mut s, x)?;
                    }
                }
            }
            return Ok(if is(&t.set) {
                Value::Set(Rc::new(RefCell::new(s)))
            } else {
                Value::FrozenSet(Rc::new(s))
            });
        }
        if is(&t.range) {
            if a.is_empty() || a.len() > 3 {
                return Err(self.type_error(if a.is_empty() {
                    "range expected at least 1 argument, got 0".to_string()
                } else {
                    format!("range expected at most 3 arguments, got {}", a.len())
                }));
            }
            let mut n = Vec::with_capacity(3);
            for v in a {
                n.push(int_arg(self, v)?);
            }
            let (start, stop, step) = match n.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => unreachable!("checked above"),
            };
            if step == 0 {
                return Err(self.value_error("range() arg 3 must not be zero"));
            }
            return Ok(Value::Range(Rc::new(RangeObj { start, stop, step })));
        }
        if is(&t.slice) {
            arity(self, "slice", a, 1, 3)?;
            let (start, stop, step) = match a.as_slice() {
                [stop] => (Value::None, stop.clone(), Value::None),
                [start, stop] => (start.clone(), stop.clone(), Value::None),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                _ => unreachable!("checked above"),
            };
            return Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })));
        }
        if is(&t.type_) {
            return match a.len() {
                1 => Ok(Value::Class(self.type_of(&a[0]))),
                3 => {
                    let Value::Str(n) = &a[0] else {
                        return Err(self.type_error("type.__new__() argument 1 must be str"));
                    };
                    let bases = self.to_vec(&a[1])?;
                    let mut attrs = Attrs::default();
                    for k in self.mapping_keys(&a[2])? {
                        let v = self.getitem(&a[2], &k)?;
                        attrs.insert(Name::new(&self.str_of(&k)?), v);
                    }
                    self.make_class(Name::new(&n.text), bases, attrs, None, Vec::new())
                }
                _ => Err(self.type_error("type() takes 1 or 3 arguments")),
            };
        }
        if is(&t.property) {
            only_kwargs(self, "property", kw, &["fget", "fset", "fdel", "doc"])?;
            let get = |i: usize, k: &str| {
                a.get(i)
                    .or_else(|| kwarg(kw, k))
                    .cloned()
                    .unwrap_or(Value::None)
            };
            let fget = get(0, "fget");
            let doc = match get(3, "doc") {
                Value::None => match &fget {
                    Value::Function(f) => f.doc.borrow().clone(),
                    _ => Value::None,
                },
                d => d,
            };
            return Ok(Value::Property(Rc::new(Property {
                fget,
                fset: get(1, "fset"),
                fdel: get(2, "fdel"),
                doc,
            })));
        }
        if is(&t.staticmethod) {
            arity(self, "staticmethod", a, 1, 1)?;
            return Ok(Value::StaticMethod(Rc::new(a[0].clone())));
        }
        if is(&t.classmethod) {
            arity(self, "classmethod", a, 1, 1)?;
            return Ok(Value::ClassMethod(Rc::new(a[0].clone())));
        }
        if is(&t.super_) {
            arity(self, "super", a, 2, 2)?;
            let Value::Class(after) = &a[0] else {
                return Err(self.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    self.type_name(&a[0])
                )));
            };
            return Ok(Value::Super(Rc::new(SuperObj {
                after: after.clone(),
                obj: a[1].clone(),
            })));
        }
        let iter = |it: NativeIter| Ok(Value::Iter(Rc::new(RefCell::new(it))));
        if is(&t.reversed) {
            arity(self, "reversed", a, 1, 1)?;
            let v = &a[0];
            return match v {
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::Bytes(_) => {
                    let seq = match v {
                        Value::Str(s) => {
                            Value::list(s.text.chars().map(|c| Value::str(c.to_string())).collect())
                        }
                        Value::Range(_) => Value::list(self.to_vec(v)?),
                        other => other.clone(),
                    };
                    let index = self.len(&seq)?;
                    iter(NativeIter::Reversed { seq, index })
                }
                Value::Dict(d) => {
                    let keys: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
                    let index = keys.len();
                    iter(NativeIter::Reversed {
                        seq: Value::list(keys),
                        index,
                    })
                }
                Value::Instance(i) => {
                    if let Some(m) = i.class.lookup(&self.n.reversed) {
                        return self.call_bound(&m, v, Args::default());
                    }
                    if i.class.lookup(&self.n.getitem).is_some()
                        && i.class.lookup(&self.n.len).is_some()
                    {
                        let index = self.len(v)?;
                        return iter(NativeIter::Reversed {
                            seq: v.clone(),
                            index,
                        });
                    }
                    Err(self.type_error(format!("'{}' object is not reversible", i.class.name)))
                }
                other => Err(self.type_error(format!(
                    "'{}' object is not reversible",
                    self.type_name(other)
                ))),
            };
        }
        if is(&t.enumerate) {
            only_kwargs(self, "enumerate", kw, &["start"])?;
            arity(self, "enumerate", a, 1, 2)?;
            let start = a
                .get(1)
                .or_else(|| kwarg(kw, "start"))
                .cloned()
                .unwrap_or(Value::Int(0));
            return iter(NativeIter::Enumerate {
                inner: self.iter(&a[0])?,
                count: start,
            });
        }
        if is(&t.zip) {
            only_kwargs(self, "zip", kw, &["strict"])?;
            let strict = match kwarg(kw, "strict") {
                Some(s) => self.truthy(s)?,
                None => false,
            };
            let mut inners = Vec::with_capacity(a.len());
            for (i, v) in a.iter().enumerate() {
                inners.push(self.iter(v).map_err(|_| {
                    self.type_error(format!("zip argument #{} must support iteration", i + 1))
                })?);
            }
            return iter(NativeIter::Zip { inners, strict });
        }
        if is(&t.map) {
            if a.len() < 2 {
                return Err(self.type_error("map() must have at least two arguments."));
            }
            let mut inners = Vec::with_capacity(a.len() - 1);
            for v in &a[1..] {
                inners.push(self.iter(v)?);
            }
            return iter(NativeIter::Map {
                func: a[0].clone(),
                inners,
            });
        }
        if is(&t.filter) {
            arity(self, "filter", a, 2, 2)?;
            return iter(NativeIter::Filter {
                func: a[0].clone(),
                inner: self.iter(&a[1])?,
                keep: true,
            });
        }
        Err(self.type_error(format!("cannot create '{name}' instances")))
    }

    /// `int(v)`.
    /// `complex(real, imag)`: numbers, or one string like `'1+2j'`.
    fn construct_complex(&'static self, real: Option<&Value>, imag: Option<&Value>) -> R<Value> {
        use crate::interp::complex::{as_complex, complex};
        if let Some(Value::Str(s)) = real {
            if imag.is_some() {
                return Err(self.type_error("complex() can't take second arg if first is a string"));
            }
            return match parse_complex(s.text.trim()) {
                Some((re, im)) => Ok(complex(re, im)),
                None => Err(self.value_error("complex() arg is a malformed string")),
            };
        }
        let part = |v: Option<&Value>, which: &str| -> R<(f64, f64)> {
            match v {
                None => Ok((0.0, 0.0)),
                Some(v) => as_complex(self, v)?.ok_or_else(|| {
                    self.type_error(format!(
                        "complex() {which} must be a number, not '{}'",
                        self.type_name(v)
                    ))
                }),
            }
        };
        let (a, b) = (
            part(real, "first argument")?,
            part(imag, "second argument")?,
        );
        // Plain reals are taken as they are (keeping the sign of zeros).
        let is_complex = |v: Option<&Value>| matches!(v, Some(Value::Complex(_)));
        let re = if is_complex(imag) { a.0 - b.1 } else { a.0 };
        let im = match imag {
            None => a.1,
            Some(_) if is_complex(real) => b.0 + a.1,
            Some(_) => b.0,
        };
        Ok(complex(re, im))
    }

    pub fn to_int(&'static self, v: &Value) -> R<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => {
                if f.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(self.overflow("cannot convert float infinity to integer"));
                }
                let t = f.trunc();
                Ok(if t.abs() < 9.2e18 {
                    Value::Int(t as i64)
                } else {
                    Value::bigint(float_to_big(t))
                })
            }
            Value::Str(s) => self.parse_int(&s.text, 10),
            Value::Bytes(b) => self.parse_int(&String::from_utf8_lossy(b), 10),
            Value::Instance(i) => {
                for n in [&self.n.int, &self.n.index] {
                    if let Some(m) = i.class.lookup(n) {
                        return self.call_bound(&m, v, Args::default());
                    }
                }
                if let Some(m) = i.class.lookup(&Name::new("__trunc__")) {
                    return self.call_bound(&m, v, Args::default());
                }
                Err(self.int_type_error(v))
            }
            other => Err(self.int_type_error(other)),
        }
    }

    fn int_type_error(&self, v: &Value) -> crate::interp::Exc {
        self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(v)
        ))
    }

    pub fn parse_int(&'static self, text: &str, base: u32) -> R<Value> {
        let invalid = || {
            // CPython shows at most 200 characters of the repr (`%.200R`).
            let repr: String = crate::runtime::format::str_repr(text)
                .chars()
                .take(200)
                .collect();
            self.value_error(format!(
                "invalid literal for int() with base {base}: {repr}"
            ))
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = text.trim();
        let (neg, mut digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let mut base = base;
        let lower = digits.to_ascii_lowercase();
        for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if lower.starts_with(prefix) && (base == b || base == 0) {
                digits = &digits[2..];
                digits = digits.strip_prefix('_').unwrap_or(digits);
                base = b;
            }
        }
        if base == 0 {
            if digits.len() > 1
                && digits.starts_with('0')
                && digits.chars().any(|c| c != '0' && c != '_')
            {
                return Err(invalid());
            }
            base = 10;
        }
        if !base.is_power_of_two() && !digits.starts_with('_') {
            // The digit limit applies to the digits (and single underscores)
            // that start the text, before anything after them is checked.
            let mut count = 0;
            let mut prev = ' ';
            for c in digits.chars() {
                if c == '_' && prev == '_' {
                    return Err(invalid());
                }
                if c != '_' && !c.is_digit(base) {
                    break;
                }
                count += usize::from(c != '_');
                prev = c;
            }
            if prev == '_' {
                return Err(invalid());
            }
            crate::runtime::format::check_str_digits(count)?;
        }
        if digits.is_empty()
            || digits.starts_with('_')
            || digits.ends_with('_')
            || digits.contains("__")
        {
            return Err(invalid());
        }
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        if !clean.chars().all(|c| c.is_digit(base)) {
            return Err(invalid());
        }
        let n = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(invalid)?;
        Ok(Value::bigint(if neg { -n } else { n }))
    }

    /// `float(v)`.
    pub fn to_float(&'static self, v: &Value) -> R<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| self.overflow("int too large to convert to float")),
            Value::Str(s) => parse_float(&s.text).ok_or_else(|| {
                self.value_error(format!(
                    "could not convert string to float: {}",
                    crate::runtime::format::str_repr(&s.text)
                ))
            }),
            Value::Instance(i) => {
                for n in [&self.n.float, &self.n.index] {
                    if let Some(m) = i.class.lookup(n) {
                        let r = self.call_bound(&m, v, Args::default())?;
                        return self.to_float(&r);
                    }
                }
                Err(self.float_type_error(v))
            }
            other => Err(self.float_type_error(other)),
        }
    }

    fn float_type_error(&self, v: &Value) -> crate::interp::Exc {
        self.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            self.type_name(v)
        ))
    }
}

/// The integer value of a finite float, exactly (what int(f) is).
pub(crate) fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 1.7e38 {
        return BigInt::from(f as i128);
    }
    // Exact: mantissa times a power of two.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mantissa);
    let r = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 {
        -r
    } else {
        r
    }
}

/// Python's float() parsing of text.
/// `'1+2j'`, `'-3j'`, `'(1.5-2e3j)'`, `'4'`.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let text = match text.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => text,
    };
    let Some(body) = text.strip_suffix(['j', 'J']) else {
        return Some((parse_float(text)?, 0.0));
    };
    // The sign that splits real from imaginary: not the first character,
    // nor one right after an exponent's 'e'.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |s: &str| match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        s => parse_float(s),
    };
    match split {
        Some(i) => Some((parse_float(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim();
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if s.is_empty() || s.starts_with('_') || s.ends_with('_') || s.contains("__") {
        return None;
    }
    let ok = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'));
    if !ok {
        return None;
    }
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok()
}
