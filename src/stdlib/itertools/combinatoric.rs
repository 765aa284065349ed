//! The combinatoric iterators: product, permutations, combinations and
//! combinations_with_replacement.

use super::*;

// ---- combinatorics --------------------------------------------------------

/// The state of product, permutations and the combinations: the pools
/// (one for the others), the indices, and the previous result.
pub(super) struct Combi {
    pools: Vec<Rc<Vec<Value>>>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    /// The last tuple returned: reused in place when no one else holds it.
    result: RefCell<Option<Rc<Vec<Value>>>>,
    stopped: Cell<bool>,
}

impl Combi {
    fn new(pools: Vec<Rc<Vec<Value>>>, r: usize, indices: Vec<usize>, stopped: bool) -> Combi {
        Combi {
            pools,
            r,
            indices: RefCell::new(indices),
            cycles: RefCell::new(Vec::new()),
            result: RefCell::new(None),
            stopped: Cell::new(stopped),
        }
    }

    fn pool(&self) -> &[Value] {
        self.pools.first().map_or(&[], |p| &p[..])
    }

    fn finish(&self, vm: &Vm) -> R<Value> {
        self.stopped.set(true);
        *self.result.borrow_mut() = None;
        Err(stop(vm))
    }

    fn emit(&self, result: Rc<Vec<Value>>) -> Value {
        *self.result.borrow_mut() = Some(result.clone());
        Value::Tuple(result)
    }

    /// The previous result, to be changed in place (copied if shared).
    fn take(&self) -> Option<Rc<Vec<Value>>> {
        self.result.borrow_mut().take()
    }
}

pub(super) fn pool_of(vm: &'static Vm, v: &Value) -> R<Rc<Vec<Value>>> {
    Ok(Rc::new(vm.to_vec(v)?))
}

/// `r` for combinations (required) and permutations (None: the pool size).
pub(super) fn r_arg(vm: &'static Vm, v: Option<&Value>, n: usize) -> R<usize> {
    let r = match v {
        None | Some(Value::None) => return Ok(n),
        Some(v) => size_arg(vm, v)?,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

pub(super) fn product_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.product")?;
    let mut repeat = 1;
    for (k, v) in kw {
        if k.as_str() != "repeat" {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
        repeat = size_arg(vm, v)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let mut base = Vec::with_capacity(a.len() - 1);
    for x in &a[1..] {
        base.push(pool_of(vm, x)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(Instance::with_data(
        cls,
        Combi::new(pools, n, vec![0; n], false),
    ))
}

pub(super) fn product_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let p = this::<Combi>(vm, a, "product")?;
    if p.stopped.get() {
        return Err(stop(vm));
    }
    let Some(mut rc) = p.take() else {
        let mut result = Vec::with_capacity(p.pools.len());
        for pool in &p.pools {
            match pool.first() {
                Some(x) => result.push(x.clone()),
                None => return p.finish(vm),
            }
        }
        return Ok(p.emit(Rc::new(result)));
    };
    let result = Rc::make_mut(&mut rc);
    let mut indices = p.indices.borrow_mut();
    let mut i = p.pools.len();
    let mut done = true;
    while i > 0 {
        i -= 1;
        let pool = &p.pools[i];
        indices[i] += 1;
        if indices[i] == pool.len() {
            indices[i] = 0;
            result[i] = pool[0].clone();
        } else {
            result[i] = pool[indices[i]].clone();
            done = false;
            break;
        }
    }
    drop(indices);
    if done {
        return p.finish(vm);
    }
    Ok(p.emit(rc))
}

pub(super) fn permutations_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.permutations")?;
    let p = params(vm, "permutations", &a[1..], kw, &["iterable", "r"], 1)?;
    let pool = pool_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = match &p[1] {
        None | Some(Value::None) => n,
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(vm.type_error("Expected int as r"));
            }
            r_arg(vm, Some(v), n)?
        }
    };
    let c = Combi::new(vec![pool], r, (0..n).collect(), r > n);
    *c.cycles.borrow_mut() = (0..r.min(n)).map(|i| n - i).collect();
    Ok(Instance::with_data(cls, c))
}

pub(super) fn permutations_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let p = this::<Combi>(vm, a, "permutations")?;
    if p.stopped.get() {
        return Err(stop(vm));
    }
    let pool = p.pool();
    let (n, r) = (pool.len(), p.r);
    let Some(mut rc) = p.take() else {
        let indices = p.indices.borrow();
        let result = indices[..r].iter().map(|&i| pool[i].clone()).collect();
        drop(indices);
        return Ok(p.emit(Rc::new(result)));
    };
    if n == 0 {
        return p.finish(vm);
    }
    let result = Rc::make_mut(&mut rc);
    let mut indices = p.indices.borrow_mut();
    let mut cycles = p.cycles.borrow_mut();
    let mut i = r;
    let mut done = true;
    while i > 0 {
        i -= 1;
        cycles[i] -= 1;
        if cycles[i] == 0 {
            let index = indices[i];
            indices[i..].rotate_left(1);
            indices[n - 1] = index;
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            indices.swap(i, n - j);
            for k in i..r {
                result[k] = pool[indices[k]].clone();
            }
            done = false;
            break;
        }
    }
    drop(indices);
    drop(cycles);
    if done {
        return p.finish(vm);
    }
    Ok(p.emit(rc))
}

pub(super) fn combinations_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.combinations")?;
    let p = params(vm, "combinations", &a[1..], kw, &["iterable", "r"], 2)?;
    let pool = pool_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = r_arg(vm, p[1].as_ref(), n)?;
    Ok(Instance::with_data(
        cls,
        Combi::new(vec![pool], r, (0..r).collect(), r > n),
    ))
}

pub(super) fn combinations_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Combi>(vm, a, "combinations")?;
    if c.stopped.get() {
        return Err(stop(vm));
    }
    let pool = c.pool();
    let (n, r) = (pool.len(), c.r);
    let Some(mut rc) = c.take() else {
        let result = c
            .indices
            .borrow()
            .iter()
            .map(|&i| pool[i].clone())
            .collect();
        return Ok(c.emit(Rc::new(result)));
    };
    let result = Rc::make_mut(&mut rc);
    let mut indices = c.indices.borrow_mut();
    // The rightmost index not at its maximum (i + n - r).
    let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
        drop(indices);
        return c.finish(vm);
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = indices[j - 1] + 1;
    }
    for k in i..r {
        result[k] = pool[indices[k]].clone();
    }
    drop(indices);
    Ok(c.emit(rc))
}

pub(super) fn cwr_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.combinations_with_replacement")?;
    let p = params(
        vm,
        "combinations_with_replacement",
        &a[1..],
        kw,
        &["iterable", "r"],
        2,
    )?;
    let pool = pool_of(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = r_arg(vm, p[1].as_ref(), n)?;
    Ok(Instance::with_data(
        cls,
        Combi::new(vec![pool], r, vec![0; r], n == 0 && r > 0),
    ))
}

pub(super) fn cwr_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Combi>(vm, a, "combinations_with_replacement")?;
    if c.stopped.get() {
        return Err(stop(vm));
    }
    let pool = c.pool();
    let (n, r) = (pool.len(), c.r);
    let Some(mut rc) = c.take() else {
        let result = match pool.first() {
            Some(x) => vec![x.clone(); r],
            None => Vec::new(),
        };
        return Ok(c.emit(Rc::new(result)));
    };
    let result = Rc::make_mut(&mut rc);
    let mut indices = c.indices.borrow_mut();
    let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
        drop(indices);
        return c.finish(vm);
    };
    let index = indices[i] + 1;
    for k in i..r {
        indices[k] = index;
        result[k] = pool[index].clone();
    }
    drop(indices);
    Ok(c.emit(rc))
}
