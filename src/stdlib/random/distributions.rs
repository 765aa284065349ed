//! Random's real-valued distributions (Lib/random.py's formulas, in the
//! same floating-point steps) and `SystemRandom`'s methods.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::super::math::real;
use super::args::int_value;
use super::args::{big_arg, method};
use super::mt::urandom;
use super::{gauss_name, set_gauss_next, Gen};
use super::{LOG4, NV_MAGICCONST, SG_MAGICCONST, TWOPI};
use crate::interp::{Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;

// ---- real-valued distributions ----------------------------------------

fn arg(p: &[Option<Value>], i: usize, default: f64) -> Value {
    p.get(i).cloned().flatten().unwrap_or(Value::Float(default))
}

fn add(vm: &'static Vm, x: &Value, y: &Value) -> R<Value> {
    vm.binary(BinOp::Add, x, y)
}

fn sub(vm: &'static Vm, x: &Value, y: &Value) -> R<Value> {
    vm.binary(BinOp::Sub, x, y)
}

fn mul(vm: &'static Vm, x: &Value, y: &Value) -> R<Value> {
    vm.binary(BinOp::Mul, x, y)
}

pub(super) fn uniform(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.uniform", &["self", "a", "b"], 3, a, kw)?;
    let g = Gen::new(vm, &this, "uniform")?;
    let (lo, hi) = (arg(&p, 1, 0.0), arg(&p, 2, 0.0));
    if let (Value::Float(x), Value::Float(y)) = (&lo, &hi) {
        return Ok(Value::Float(x + (y - x) * g.random()?));
    }
    let width = sub(vm, &hi, &lo)?;
    let r = Value::Float(g.random()?);
    add(vm, &lo, &mul(vm, &width, &r)?)
}

pub(super) fn triangular(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.triangular",
        &["self", "low", "high", "mode"],
        1,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "triangular")?;
    let (mut low, mut high) = (arg(&p, 1, 0.0), arg(&p, 2, 1.0));
    let mode = p[3].clone().unwrap_or(Value::None);
    let mut u = Value::Float(g.random()?);
    let mut c = if mode.is_none() {
        Value::Float(0.5)
    } else {
        let num = sub(vm, &mode, &low)?;
        let den = sub(vm, &high, &low)?;
        match vm.binary(BinOp::Div, &num, &den) {
            Ok(c) => c,
            Err(e) if vm.exc_is(&e, &vm.t.zero_division_error) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    if vm.less_than(&c, &u)? {
        u = sub(vm, &Value::Float(1.0), &u)?;
        c = sub(vm, &Value::Float(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let uc = real(vm, &mul(vm, &u, &c)?)?;
    if uc < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let width = sub(vm, &high, &low)?;
    add(vm, &low, &mul(vm, &width, &Value::Float(uc.sqrt()))?)
}

fn normal(g: &Gen) -> R<f64> {
    loop {
        let u1 = g.random()?;
        let u2 = 1.0 - g.random()?;
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(z);
        }
    }
}

pub(super) fn normalvariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.normalvariate",
        &["self", "mu", "sigma"],
        1,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "normalvariate")?;
    let z = normal(&g)?;
    add(
        vm,
        &arg(&p, 1, 0.0),
        &mul(vm, &Value::Float(z), &arg(&p, 2, 1.0))?,
    )
}

pub(super) fn gauss(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.gauss", &["self", "mu", "sigma"], 1, a, kw)?;
    let g = Gen::new(vm, &this, "gauss")?;
    let z = match &this {
        Value::Instance(i) => i.dict.borrow().get(&gauss_name()),
        _ => None,
    }
    .unwrap_or(Value::None);
    set_gauss_next(&this, Value::None);
    let z = if z.is_none() {
        let x2pi = g.random()? * TWOPI;
        let g2rad = (-2.0 * (1.0 - g.random()?).ln()).sqrt();
        set_gauss_next(&this, Value::Float(x2pi.sin() * g2rad));
        Value::Float(x2pi.cos() * g2rad)
    } else {
        z
    };
    let (mu, sigma) = (arg(&p, 1, 0.0), arg(&p, 2, 1.0));
    if let (Value::Float(m), Value::Float(z), Value::Float(s)) = (&mu, &z, &sigma) {
        return Ok(Value::Float(m + z * s));
    }
    add(vm, &mu, &mul(vm, &z, &sigma)?)
}

pub(super) fn lognormvariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.lognormvariate",
        &["self", "mu", "sigma"],
        3,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "lognormvariate")?;
    let (mu, sigma) = (arg(&p, 1, 0.0), arg(&p, 2, 1.0));
    let x = if g.overridden("normalvariate") {
        g.call("normalvariate", vec![mu, sigma])?
    } else {
        let z = normal(&g)?;
        add(vm, &mu, &mul(vm, &Value::Float(z), &sigma)?)?
    };
    let r = real(vm, &x)?.exp();
    if r.is_infinite() {
        return Err(vm.overflow("math range error"));
    }
    Ok(Value::Float(r))
}

pub(super) fn expovariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.expovariate", &["self", "lambd"], 2, a, kw)?;
    let g = Gen::new(vm, &this, "expovariate")?;
    let x = -(1.0 - g.random()?).ln();
    vm.binary(BinOp::Div, &Value::Float(x), &arg(&p, 1, 1.0))
}

/// Python's float `%` (the result takes the divisor's sign).
fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

pub(super) fn vonmisesvariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.vonmisesvariate",
        &["self", "mu", "kappa"],
        3,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "vonmisesvariate")?;
    let mu = real(vm, &arg(&p, 1, 0.0))?;
    let kappa = real(vm, &arg(&p, 2, 0.0))?;
    if kappa <= 1e-6 {
        return Ok(Value::Float(TWOPI * g.random()?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = g.random()?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = g.random()?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = g.random()?;
    let theta = if u3 > 0.5 {
        float_mod(mu + f.acos(), TWOPI)
    } else {
        float_mod(mu - f.acos(), TWOPI)
    };
    Ok(Value::Float(theta))
}

fn gamma_of(g: &Gen, alpha: f64, beta: f64) -> R<f64> {
    let vm = g.vm;
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - LOG4;
        let ccc = alpha + ainv;
        loop {
            let u1 = g.random()?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - g.random()?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - g.random()?).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = g.random()?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = g.random()?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

pub(super) fn gammavariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.gammavariate",
        &["self", "alpha", "beta"],
        3,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "gammavariate")?;
    let alpha = real(vm, &arg(&p, 1, 0.0))?;
    let beta = real(vm, &arg(&p, 2, 0.0))?;
    Ok(Value::Float(gamma_of(&g, alpha, beta)?))
}

pub(super) fn betavariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.betavariate",
        &["self", "alpha", "beta"],
        3,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "betavariate")?;
    let (alpha, beta) = (arg(&p, 1, 0.0), arg(&p, 2, 0.0));
    let gamma = |x: &Value| -> R<f64> {
        if g.overridden("gammavariate") {
            let r = g.call("gammavariate", vec![x.clone(), Value::Float(1.0)])?;
            real(vm, &r)
        } else {
            gamma_of(&g, real(vm, x)?, 1.0)
        }
    };
    let y = gamma(&alpha)?;
    if y != 0.0 {
        let z = gamma(&beta)?;
        return Ok(Value::Float(y / (y + z)));
    }
    Ok(Value::Float(0.0))
}

pub(super) fn paretovariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.paretovariate", &["self", "alpha"], 2, a, kw)?;
    let g = Gen::new(vm, &this, "paretovariate")?;
    let u = 1.0 - g.random()?;
    let e = vm.binary(BinOp::Div, &Value::Float(-1.0), &arg(&p, 1, 1.0))?;
    vm.binary(BinOp::Pow, &Value::Float(u), &e)
}

pub(super) fn weibullvariate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(
        vm,
        "Random.weibullvariate",
        &["self", "alpha", "beta"],
        3,
        a,
        kw,
    )?;
    let g = Gen::new(vm, &this, "weibullvariate")?;
    let u = 1.0 - g.random()?;
    let e = vm.binary(BinOp::Div, &Value::Float(1.0), &arg(&p, 2, 1.0))?;
    let powed = vm.binary(BinOp::Pow, &Value::Float(-u.ln()), &e)?;
    mul(vm, &arg(&p, 1, 1.0), &powed)
}

// ---- SystemRandom ---------------------------------------------------------

pub(super) fn sys_random(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    method(vm, "SystemRandom.random", &["self"], 1, a, kw)?;
    let b = urandom(7);
    let mut x: u64 = 0;
    for byte in &b {
        x = (x << 8) | *byte as u64;
    }
    Ok(Value::Float(
        (x >> 3) as f64 * (1.0 / 9_007_199_254_740_992.0),
    ))
}

pub(super) fn sys_getrandbits(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (_, p) = method(vm, "SystemRandom.getrandbits", &["self", "k"], 2, a, kw)?;
    let k = big_arg(vm, &p[1].clone().unwrap_or(Value::None))?;
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k.to_u64().unwrap_or(0);
    let numbytes = k.div_ceil(8) as usize;
    let x = BigInt::from_bytes_be(Sign::Plus, &urandom(numbytes));
    Ok(int_value(x >> (numbytes as u64 * 8 - k)))
}

pub(super) fn sys_randbytes(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (_, p) = method(vm, "SystemRandom.randbytes", &["self", "n"], 2, a, kw)?;
    let n = big_arg(vm, &p[1].clone().unwrap_or(Value::None))?;
    if n.is_negative() {
        return Err(vm.value_error("negative argument not allowed"));
    }
    Ok(Value::Bytes(Rc::new(urandom(n.to_usize().unwrap_or(0)))))
}

pub(super) fn sys_no_state(vm: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Err(vm.new_exc(
        &vm.t.not_implemented_error,
        "System entropy source does not have state.",
    ))
}
