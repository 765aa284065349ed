//! The `math` module, as CPython 3.11's Modules/mathmodule.c: the same
//! argument conversions (`PyFloat_AsDouble`, `operator.index`), the same
//! error rules (a NaN from non-NaN input is "math domain error", an
//! infinity from finite input "math range error" or a domain error), and
//! the same algorithms (kernels.rs, libm.rs) so that results agree bit
//! for bit. integers.rs holds the functions on ints.

mod integers;
mod kernels;
mod libm;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::random::{index_arg, to_big};
use super::{add_fns, arity, kwarg, new_module};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;
use integers::{comb, factorial, gcd, isqrt, lcm, perm};
use kernels::Errno;

pub fn module(_vm: &'static Vm) -> Value {
    let m = new_module("math");
    {
        let mut d = m.dict.borrow_mut();
        add_fns(&mut d, FUNCTIONS);
        d.insert(Name::new("pi"), Value::Float(std::f64::consts::PI));
        d.insert(Name::new("e"), Value::Float(std::f64::consts::E));
        d.insert(Name::new("tau"), Value::Float(std::f64::consts::TAU));
        d.insert(Name::new("inf"), Value::Float(f64::INFINITY));
        d.insert(Name::new("nan"), Value::Float(f64::NAN));
    }
    Value::Module(m)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("acos", |vm, a, k| math1(vm, a, k, "acos", f64::acos, false)),
    ("acosh", |vm, a, k| {
        math1(vm, a, k, "acosh", libm::acosh, false)
    }),
    ("asin", |vm, a, k| math1(vm, a, k, "asin", f64::asin, false)),
    ("asinh", |vm, a, k| {
        math1(vm, a, k, "asinh", libm::asinh, false)
    }),
    ("atan", |vm, a, k| math1(vm, a, k, "atan", f64::atan, false)),
    ("atan2", |vm, a, k| math2(vm, a, k, "atan2", kernels::atan2)),
    ("atanh", |vm, a, k| {
        math1(vm, a, k, "atanh", libm::atanh, false)
    }),
    ("cbrt", |vm, a, k| {
        math1(vm, a, k, "cbrt", libm::cbrt, false)
    }),
    ("ceil", ceil),
    ("comb", comb),
    ("copysign", |vm, a, k| {
        math2(vm, a, k, "copysign", f64::copysign)
    }),
    ("cos", |vm, a, k| math1(vm, a, k, "cos", f64::cos, false)),
    ("cosh", |vm, a, k| math1(vm, a, k, "cosh", f64::cosh, true)),
    ("degrees", |vm, a, k| {
        let x = one_real(vm, a, k, "degrees")?;
        Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
    }),
    ("dist", dist),
    ("erf", |vm, a, k| {
        math1a(vm, a, k, "erf", |x| (libm::erf(x), Errno::Ok))
    }),
    ("erfc", |vm, a, k| {
        math1a(vm, a, k, "erfc", |x| {
            let r = libm::erfc(x);
            (r, if r == 0.0 { Errno::Range } else { Errno::Ok })
        })
    }),
    ("exp", |vm, a, k| math1(vm, a, k, "exp", f64::exp, true)),
    ("exp2", |vm, a, k| math1(vm, a, k, "exp2", f64::exp2, true)),
    ("expm1", |vm, a, k| {
        math1(vm, a, k, "expm1", f64::exp_m1, true)
    }),
    ("fabs", |vm, a, k| math1(vm, a, k, "fabs", f64::abs, false)),
    ("factorial", factorial),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", |vm, a, k| {
        let x = one_real(vm, a, k, "frexp")?;
        let (m, e) = libm::frexp(x);
        Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
    }),
    ("fsum", fsum),
    ("gamma", |vm, a, k| {
        math1a(vm, a, k, "gamma", kernels::tgamma)
    }),
    ("gcd", gcd),
    ("hypot", hypot),
    ("isclose", isclose),
    ("isfinite", |vm, a, k| {
        Ok(Value::Bool(one_real(vm, a, k, "isfinite")?.is_finite()))
    }),
    ("isinf", |vm, a, k| {
        Ok(Value::Bool(one_real(vm, a, k, "isinf")?.is_infinite()))
    }),
    ("isnan", |vm, a, k| {
        Ok(Value::Bool(one_real(vm, a, k, "isnan")?.is_nan()))
    }),
    ("isqrt", isqrt),
    ("lcm", lcm),
    ("ldexp", ldexp),
    ("lgamma", |vm, a, k| {
        math1a(vm, a, k, "lgamma", kernels::lgamma)
    }),
    ("log", log),
    ("log10", |vm, a, k| {
        one_arg(vm, a, k, "log10")?;
        loghelper(vm, &a[0], m_log10)
    }),
    ("log1p", |vm, a, k| {
        math1(vm, a, k, "log1p", libm::log1p, false)
    }),
    ("log2", |vm, a, k| {
        one_arg(vm, a, k, "log2")?;
        loghelper(vm, &a[0], m_log2)
    }),
    ("modf", |vm, a, k| {
        let x = one_real(vm, a, k, "modf")?;
        let (frac, int) = if x.is_infinite() {
            (0.0f64.copysign(x), x)
        } else if x.is_nan() {
            (x, x)
        } else {
            let t = x.trunc();
            ((x - t).copysign(x), t)
        };
        Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
    }),
    ("nextafter", |vm, a, k| {
        let (x, y) = two_reals(vm, a, k, "nextafter")?;
        Ok(Value::Float(libm::nextafter(x, y)))
    }),
    ("perm", perm),
    ("pow", pow),
    ("prod", prod),
    ("radians", |vm, a, k| {
        let x = one_real(vm, a, k, "radians")?;
        Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
    }),
    ("remainder", |vm, a, k| {
        math2(vm, a, k, "remainder", kernels::remainder)
    }),
    ("sin", |vm, a, k| math1(vm, a, k, "sin", f64::sin, false)),
    ("sinh", |vm, a, k| math1(vm, a, k, "sinh", f64::sinh, true)),
    ("sqrt", |vm, a, k| math1(vm, a, k, "sqrt", f64::sqrt, false)),
    ("tan", |vm, a, k| math1(vm, a, k, "tan", f64::tan, false)),
    ("tanh", |vm, a, k| math1(vm, a, k, "tanh", f64::tanh, false)),
    ("trunc", trunc),
    ("ulp", |vm, a, k| {
        let x = one_real(vm, a, k, "ulp")?;
        Ok(Value::Float(ulp(x)))
    }),
];

// ---- conversions --------------------------------------------------------

/// PyFloat_AsDouble: a float, an int, or an object with `__float__` or
/// `__index__`; "must be real number, not X" otherwise.
pub(crate) fn real(vm: &'static Vm, v: &Value) -> R<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => big_f64(vm, b),
        Value::Instance(i) => {
            if let Some(Value::Float(f)) = &i.native {
                return Ok(*f);
            }
            if let Some(m) = i.class.lookup(&vm.n.float) {
                let r = vm.call_bound(&m, v, Args::default())?;
                return match &r {
                    Value::Float(f) => Ok(*f),
                    Value::Instance(j) if matches!(j.native, Some(Value::Float(_))) => real(vm, &r),
                    _ => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        i.class.name,
                        vm.type_name(&r)
                    ))),
                };
            }
            if i.class.lookup(&vm.n.index).is_some() {
                let n = index_arg(vm, v)?;
                return real(vm, &n);
            }
            Err(not_real(vm, v))
        }
        _ => Err(not_real(vm, v)),
    }
}

fn not_real(vm: &Vm, v: &Value) -> crate::interp::Exc {
    vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
}

fn big_f64(vm: &Vm, b: &BigInt) -> R<f64> {
    match libm::big_to_f64(b.magnitude()) {
        Some(f) => Ok(if b.is_negative() { -f } else { f }),
        None => Err(vm.overflow("int too large to convert to float")),
    }
}

fn domain(vm: &Vm) -> crate::interp::Exc {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> crate::interp::Exc {
    vm.overflow("math range error")
}

/// A METH_O function's argument check.
pub(super) fn one_arg(vm: &Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(())
}

fn one_real(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<f64> {
    one_arg(vm, a, kw, name)?;
    real(vm, &a[0])
}

/// A positional-only function of two floats.
fn two_reals(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<(f64, f64)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    arity(vm, name, a, 2, 2)?;
    Ok((real(vm, &a[0])?, real(vm, &a[1])?))
}

/// math_1: a libm function of one float.
fn math1(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> R<Value> {
    let x = one_real(vm, a, kw, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

/// math_1a: a function that reports its errors as errno does.
fn math1a(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    f: fn(f64) -> (f64, Errno),
) -> R<Value> {
    let x = one_real(vm, a, kw, name)?;
    let (r, e) = f(x);
    check(vm, r, e)?;
    Ok(Value::Float(r))
}

/// is_error: EDOM is a ValueError; ERANGE an OverflowError unless the
/// result is small (an underflow).
fn check(vm: &Vm, r: f64, e: Errno) -> R<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(domain(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(()),
        Errno::Range => Err(range(vm)),
    }
}

/// math_2: a libm function of two floats.
fn math2(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    f: fn(f64, f64) -> f64,
) -> R<Value> {
    let (x, y) = two_reals(vm, a, kw, name)?;
    let r = f(x, y);
    let e = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Dom
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    check(vm, r, e)?;
    Ok(Value::Float(r))
}

// ---- rounding -----------------------------------------------------------

/// PyLong_FromDouble.
fn float_to_int(vm: &'static Vm, f: f64) -> R<Value> {
    vm.to_int(&Value::Float(f))
}

/// floor/ceil/trunc: exact floats directly, else the type's dunder, else
/// the float value.
fn rounding(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> R<Value> {
    one_arg(vm, a, kw, name)?;
    let x = &a[0];
    match x {
        Value::Float(v) => return float_to_int(vm, f(*v)),
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(i) => {
            if let Some(m) = i.class.lookup(&Name::new(dunder)) {
                if !matches!(m, Value::Builtin(_)) || i.native.is_none() {
                    return vm.call_bound(&m, x, Args::default());
                }
            }
            match &i.native {
                Some(n @ (Value::Int(_) | Value::BigInt(_))) => return Ok(n.clone()),
                Some(Value::Float(v)) => return float_to_int(vm, f(*v)),
                _ => {}
            }
        }
        _ => {}
    }
    if name == "trunc" {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        )));
    }
    let v = real(vm, x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    rounding(vm, a, kw, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    rounding(vm, a, kw, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    rounding(vm, a, kw, "trunc", "__trunc__", f64::trunc)
}

fn fmod(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (x, y) = two_reals(vm, a, kw, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn ldexp(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("ldexp() takes no keyword arguments"));
    }
    arity(vm, "ldexp", a, 2, 2)?;
    let x = real(vm, &a[0])?;
    let Some(n) = exact_int(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let exp = n
        .to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(range(vm));
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - libm::nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

// ---- powers and logarithms ------------------------------------------------

fn pow(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (x, y) = two_reals(vm, a, kw, "pow")?;
    let mut e = Errno::Ok;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            e = Errno::Dom;
        } else if r.is_infinite() {
            e = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
        r
    };
    check(vm, r, e)?;
    Ok(Value::Float(r))
}

fn m_log(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.ln(), Errno::Ok);
        }
        if x == 0.0 {
            return (f64::NEG_INFINITY, Errno::Dom);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::Ok);
    }
    (f64::NAN, Errno::Dom)
}

fn m_log2(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x > 0.0 {
        (x.log2(), Errno::Ok)
    } else if x == 0.0 {
        (f64::NEG_INFINITY, Errno::Dom)
    } else {
        (f64::NAN, Errno::Dom)
    }
}

fn m_log10(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.log10(), Errno::Ok);
        }
        if x == 0.0 {
            return (f64::NEG_INFINITY, Errno::Dom);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::Ok);
    }
    (f64::NAN, Errno::Dom)
}

/// The value of an int (or of an instance of an int subclass).
fn exact_int(x: &Value) -> Option<BigInt> {
    match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(to_big(x)),
        Value::Instance(i) => match &i.native {
            Some(n @ (Value::Int(_) | Value::BigInt(_))) => Some(to_big(n)),
            _ => None,
        },
        _ => None,
    }
}

/// The logarithm of an int of any size, or of a float (math_1 rules).
fn loghelper(vm: &'static Vm, x: &Value, func: fn(f64) -> (f64, Errno)) -> R<Value> {
    if let Some(n) = exact_int(x) {
        if !n.is_positive() {
            return Err(domain(vm));
        }
        let r = match libm::big_to_f64(n.magnitude()) {
            Some(f) => func(f).0,
            None => {
                let (m, e) = libm::big_frexp(n.magnitude());
                func(m).0 + func(2.0).0 * e as f64
            }
        };
        return Ok(Value::Float(r));
    }
    let v = real(vm, x)?;
    let (r, _) = func(v);
    if r.is_nan() && !v.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && v.is_finite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn log(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &a[0], m_log)?;
    match a.get(1) {
        None => Ok(num),
        Some(base) => {
            let den = loghelper(vm, base, m_log)?;
            vm.binary(BinOp::Div, &num, &den)
        }
    }
}

// ---- sums and norms ---------------------------------------------------------

fn fsum(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("fsum() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "math.fsum() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let it = vm.iter(&a[0])?;
    let mut acc = kernels::Fsum::default();
    while let Some(item) = vm.next(&it)? {
        let x = real(vm, &item)?;
        if acc.add(x).is_err() {
            return Err(vm.overflow("intermediate overflow in fsum"));
        }
    }
    match acc.total() {
        Ok(r) => Ok(Value::Float(r)),
        Err(kernels::FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
        Err(kernels::FsumError::Overflow) => Err(vm.overflow("intermediate overflow in fsum")),
    }
}

fn hypot(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(a.len());
    let (mut max, mut nan) = (0.0f64, false);
    for v in a {
        let x = real(vm, v)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(kernels::vector_norm(&coords, max, nan)))
}

fn dist(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("dist() takes no keyword arguments"));
    }
    arity(vm, "dist", a, 2, 2)?;
    let p = vm.to_vec(&a[0])?;
    let q = vm.to_vec(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(&q) {
        let d = (real(vm, x)? - real(vm, y)?).abs();
        nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::Float(kernels::vector_norm(&diffs, max, nan)))
}

fn isclose(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        )));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut slots: [Option<Value>; 4] = [a.first().cloned(), a.get(1).cloned(), None, None];
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "isclose() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    // Missing arguments are reported before any is converted.
    if let Some(i) = slots[..2].iter().position(Option::is_none) {
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    let mut vals = [0.0, 0.0, 1e-09, 0.0];
    for (i, slot) in slots.iter().enumerate() {
        if let Some(v) = slot {
            vals[i] = real(vm, v)?;
        }
    }
    let [x, y, rel_tol, abs_tol] = vals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

fn prod(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.len()
        )));
    }
    for (k, _) in kw {
        if k.as_str() != "start" {
            return Err(vm.type_error(format!("prod() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut result = kwarg(kw, "start").cloned().unwrap_or(Value::Int(1));
    let it = vm.iter(&a[0])?;
    while let Some(item) = vm.next(&it)? {
        result = vm.binary(BinOp::Mul, &result, &item)?;
    }
    Ok(result)
}
