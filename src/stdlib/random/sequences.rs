//! Random's sequence methods: choice, shuffle, sample and choices, as
//! Lib/random.py writes them (the same calls to `_randbelow` and
//! `random()`, in the same order).

use std::collections::HashSet;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::super::math::real;
use super::args::int_value;
use super::args::{big_arg, bind, index_arg, index_value, is_int, method, to_big, Sig};
use super::Gen;
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;

// ---- sequence methods -------------------------------------------------

pub(super) fn choice(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.choice", &["self", "seq"], 2, a, kw)?;
    let seq = p[1].clone().unwrap_or(Value::None);
    let g = Gen::new(vm, &this, "choice")?;
    let n = vm.len(&seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = g.below(n as u64)?;
    item_at(vm, &seq, i)
}

/// `seq[i]`, directly for lists and tuples.
fn item_at(vm: &'static Vm, seq: &Value, i: u64) -> R<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.borrow().get(i as usize) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.get(i as usize) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    vm.getitem(seq, &int_value(BigInt::from(i)))
}

pub(super) fn shuffle(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (this, p) = method(vm, "Random.shuffle", &["self", "x"], 2, a, kw)?;
    let x = p[1].clone().unwrap_or(Value::None);
    let g = Gen::new(vm, &this, "shuffle")?;
    if let (Value::List(l), true) = (&x, g.native()) {
        let mut mt = g.st.borrow_mut();
        let mut items = l.borrow_mut();
        for i in (1..items.len()).rev() {
            let j = mt.below_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    let n = vm.len(&x)?;
    for i in (1..n).rev() {
        let j = g.below(i as u64 + 1)?;
        let xj = vm.getitem(&x, &Value::Int(j as i64))?;
        let xi = vm.getitem(&x, &Value::Int(i as i64))?;
        vm.setitem(&x, Value::Int(i as i64), xj)?;
        vm.setitem(&x, Value::Int(j as i64), xi)?;
    }
    Ok(Value::None)
}

/// isinstance(v, collections.abc.Sequence), as far as weft's types go.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            true
        }
        Value::Instance(i) => {
            matches!(
                i.native,
                Some(Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_))
            ) || i.class.mro_iter().any(|c| {
                matches!(
                    c.name.as_str(),
                    "Sequence"
                        | "MutableSequence"
                        | "bytearray"
                        | "deque"
                        | "UserList"
                        | "UserString"
                        | "memoryview"
                )
            })
        }
        _ => false,
    }
}

/// itertools.accumulate(v) as a list (sums with `+`).
fn accumulate(vm: &'static Vm, v: &Value) -> R<Vec<Value>> {
    let items = vm.to_vec(v)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for x in items {
        let next = match out.last() {
            Some(total) => vm.binary(BinOp::Add, total, &x)?,
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

/// bisect.bisect_right(a, x, lo, hi).
fn bisect(vm: &'static Vm, a: &[Value], x: &Value, mut lo: usize, mut hi: usize) -> R<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let Some(item) = a.get(mid) else { break };
        let less = match (x, item) {
            (Value::Float(f), Value::Float(g)) => f < g,
            (Value::Float(f), Value::Int(i)) if i.unsigned_abs() <= 1 << 53 => *f < *i as f64,
            (Value::Int(i), Value::Int(j)) => i < j,
            _ => vm.less_than(x, item)?,
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

pub(super) fn sample(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let sig = Sig {
        name: "Random.sample",
        pos: &["self", "population", "k"],
        required: 3,
        kwonly: &["counts"],
    };
    let p = bind(vm, &sig, a, kw)?;
    let this = p[0].clone().unwrap_or(Value::None);
    let population = p[1].clone().unwrap_or(Value::None);
    let k = p[2].clone().unwrap_or(Value::None);
    let counts = p[3].clone().unwrap_or(Value::None);
    let g = Gen::new(vm, &this, "sample")?;
    do_sample(&g, &population, &k, &counts)
}

fn do_sample(g: &Gen, population: &Value, k: &Value, counts: &Value) -> R<Value> {
    let vm = g.vm;
    if !is_sequence(population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(population)?;
    if !counts.is_none() {
        let mut cum = accumulate(vm, counts)?;
        if cum.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        let Some(total) = cum.pop() else {
            return Err(vm.index_error("pop from empty list"));
        };
        if !is_int(&total) {
            return Err(vm.type_error("Counts must be integers"));
        }
        if !vm.less_than(&Value::Int(0), &total)? {
            return Err(vm.value_error("Total of counts must be greater than zero"));
        }
        let stop = to_big(&index_arg(vm, &total)?)
            .to_i64()
            .ok_or_else(|| vm.overflow("Python int too large to convert to C ssize_t"))?;
        let range = Value::Range(Rc::new(RangeObj {
            start: 0,
            stop,
            step: 1,
        }));
        let selections = if g.overridden("sample") {
            let f = vm.getattr(g.this, &Name::new("sample"))?;
            vm.call(
                &f,
                Args {
                    pos: vec![range],
                    kw: vec![(Name::new("k"), k.clone())],
                },
            )?
        } else {
            do_sample(g, &range, k, &Value::None)?
        };
        let mut out = Vec::new();
        for s in vm.to_vec(&selections)? {
            let i = bisect(vm, &cum, &s, 0, cum.len())?;
            out.push(item_at(vm, population, i as u64)?);
        }
        return Ok(Value::list(out));
    }
    let kk = match index_value(vm, k)? {
        Some(v) => to_big(&v),
        None => {
            // `0 <= k <= n`, then `[None] * k`: CPython's errors.
            if vm.less_than(k, &Value::Int(0))? || vm.less_than(&Value::Int(n as i64), k)? {
                return Err(vm.value_error("Sample larger than population or is negative"));
            }
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(k)
            )));
        }
    };
    let k = match kk.to_u64() {
        Some(k) if k <= n as u64 => k as usize,
        _ => return Err(vm.value_error("Sample larger than population or is negative")),
    };
    let mut result = Vec::with_capacity(k);
    let mut setsize: f64 = 21.0;
    if k > 5 {
        let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil();
        setsize += 4f64.powf(e);
    }
    if (n as f64) <= setsize {
        let mut pool = match population {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            _ => vm.to_vec(population)?,
        };
        for i in 0..k {
            let j = g.below((n - i) as u64)? as usize;
            let picked = pool.get(j).cloned().unwrap_or(Value::None);
            result.push(picked);
            if let Some(last) = pool.get(n - i - 1).cloned() {
                if let Some(slot) = pool.get_mut(j) {
                    *slot = last;
                }
            }
        }
    } else {
        let mut selected: HashSet<u64> = HashSet::new();
        for _ in 0..k {
            let mut j = g.below(n as u64)?;
            while selected.contains(&j) {
                j = g.below(n as u64)?;
            }
            selected.insert(j);
            result.push(item_at(vm, population, j)?);
        }
    }
    Ok(Value::list(result))
}

pub(super) fn choices(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let sig = Sig {
        name: "Random.choices",
        pos: &["self", "population", "weights"],
        required: 2,
        kwonly: &["cum_weights", "k"],
    };
    let p = bind(vm, &sig, a, kw)?;
    let this = p[0].clone().unwrap_or(Value::None);
    let population = p[1].clone().unwrap_or(Value::None);
    let weights = p[2].clone().unwrap_or(Value::None);
    let cum_weights = p[3].clone().unwrap_or(Value::None);
    let k = p[4].clone().unwrap_or(Value::Int(1));
    let g = Gen::new(vm, &this, "choices")?;
    let n = vm.len(&population)?;
    let count = |k: &Value| -> R<usize> {
        let k = big_arg(vm, k)?;
        Ok(if k.is_negative() {
            0
        } else {
            k.to_usize().unwrap_or(usize::MAX)
        })
    };
    let cum: Vec<Value> = if cum_weights.is_none() {
        if weights.is_none() {
            let k = count(&k)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(k.min(1 << 20));
            for _ in 0..k {
                let i = (g.random()? * nf).floor();
                out.push(item_at(vm, &population, i as u64)?);
            }
            return Ok(Value::list(out));
        }
        match accumulate(vm, &weights) {
            Ok(c) => c,
            Err(e) => {
                if vm.exc_is(&e, &vm.t.type_error) && is_int(&weights) {
                    return Err(vm.type_error(format!(
                        "The number of choices must be a keyword argument: k={}",
                        vm.repr(&weights)?
                    )));
                }
                return Err(e);
            }
        }
    } else {
        if !weights.is_none() {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        if vm.len(&cum_weights)? != n {
            return Err(vm.value_error("The number of weights does not match the population"));
        }
        vm.to_vec(&cum_weights)?
    };
    if cum.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let Some(last) = cum.last() else {
        return Err(vm.index_error("list index out of range"));
    };
    let total = vm.binary(BinOp::Add, last, &Value::Float(0.0))?;
    if !vm.less_than(&Value::Float(0.0), &total)? {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !real(vm, &total)?.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let k = count(&k)?;
    let hi = n - 1;
    let mut out = Vec::with_capacity(k.min(1 << 20));
    for _ in 0..k {
        let r = g.random()?;
        let x = match &total {
            Value::Float(t) => Value::Float(r * t),
            other => vm.binary(BinOp::Mul, &Value::Float(r), other)?,
        };
        let i = bisect(vm, &cum, &x, 0, hi)?;
        out.push(item_at(vm, &population, i as u64)?);
    }
    Ok(Value::list(out))
}
