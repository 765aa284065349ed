//! math's integer functions: gcd, lcm, isqrt, factorial, perm and comb,
//! exact on ints of any size.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::super::arity;
use super::super::random::{index_arg, to_big};
use super::one_arg;
use crate::interp::{Vm, R};
use crate::runtime::*;

// ---- integer functions ----------------------------------------------------

fn int_args(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<Vec<BigInt>> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    a.iter().map(|v| Ok(to_big(&index_arg(vm, v)?))).collect()
}

pub(super) fn gcd(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let nums = int_args(vm, a, kw, "gcd")?;
    let mut g = BigInt::zero();
    for n in &nums {
        g = g.gcd(n);
    }
    Ok(Value::bigint(g))
}

pub(super) fn lcm(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let nums = int_args(vm, a, kw, "lcm")?;
    let mut l = match nums.first() {
        Some(n) => n.abs(),
        None => return Ok(Value::Int(1)),
    };
    for n in &nums[1..] {
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(n)
        };
    }
    Ok(Value::bigint(l))
}

pub(super) fn isqrt(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    one_arg(vm, a, kw, "isqrt")?;
    let n = to_big(&index_arg(vm, &a[0])?);
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

/// The product of lo..hi (lo < hi), split in halves so that the big
/// multiplications are balanced.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if hi - lo <= 16 {
        let mut p = BigUint::one();
        let mut acc: u64 = 1;
        for k in lo..hi {
            match acc.checked_mul(k) {
                Some(v) => acc = v,
                None => {
                    p *= acc;
                    acc = k;
                }
            }
        }
        return p * acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial_of(vm: &'static Vm, v: &Value) -> R<Value> {
    let n = to_big(&index_arg(vm, v)?);
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow("factorial() argument should not exceed 9223372036854775807"));
    };
    if n < 2 {
        return Ok(Value::Int(1));
    }
    let r = range_product(2, n as u64 + 1);
    Ok(Value::bigint(BigInt::from_biguint(Sign::Plus, r)))
}

pub(super) fn factorial(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    one_arg(vm, a, kw, "factorial")?;
    if let Value::Float(_) = &a[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    factorial_of(vm, &a[0])
}

/// n * (n-1) * ... * (n-k+1), for a big n.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k <= 8 {
        let mut p = n.clone();
        for i in 1..k {
            p *= n - i;
        }
        return p;
    }
    let j = k / 2;
    falling(n, j) * falling(&(n - j), k - j)
}

fn perm_comb_args(vm: &'static Vm, n: &Value, k: &Value) -> R<(BigInt, BigInt)> {
    let n = to_big(&index_arg(vm, n)?);
    let k = to_big(&index_arg(vm, k)?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub(super) fn perm(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("perm() takes no keyword arguments"));
    }
    arity(vm, "perm", a, 1, 2)?;
    let k = match a.get(1) {
        None | Some(Value::None) => return factorial_of(vm, &a[0]),
        Some(k) => k,
    };
    let (n, k) = perm_comb_args(vm, &a[0], k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow("k must not exceed 9223372036854775807"));
    };
    Ok(Value::bigint(falling(&n, k)))
}

pub(super) fn comb(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("comb() takes no keyword arguments"));
    }
    arity(vm, "comb", a, 2, 2)?;
    let (n, k) = perm_comb_args(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let num = falling(&n, k);
    let den = BigInt::from_biguint(Sign::Plus, range_product(1, k + 1));
    Ok(Value::bigint(num / den))
}
