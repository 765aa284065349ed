//! The infinite iterators: count, cycle, repeat.

use super::*;

// ---- count ----------------------------------------------------------------

pub(super) struct Count {
    next: RefCell<Value>,
    step: Value,
}

pub(super) fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => {
            true
        }
        Value::Instance(i) => {
            i.native.as_ref().is_some_and(is_number)
                || ["__index__", "__int__", "__float__", "__complex__"]
                    .iter()
                    .any(|m| i.class.lookup(&Name::new(m)).is_some())
        }
        _ => false,
    }
}

pub(super) fn count_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.count")?;
    let p = params(vm, "count", &a[1..], kw, &["start", "step"], 0)?;
    let start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(Instance::with_data(
        cls,
        Count {
            next: RefCell::new(start),
            step,
        },
    ))
}

pub(super) fn count_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Count>(vm, a, "count")?;
    let v = c.next.borrow().clone();
    let n = vm.binary(BinOp::Add, &v, &c.step)?;
    *c.next.borrow_mut() = n;
    Ok(v)
}

pub(super) fn count_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = recv::<Count>(vm, a, "itertools.count", "__repr__")?;
    let name = vm.type_name(&a[0]);
    let start = vm.repr(&c.next.borrow().clone())?;
    let unit = matches!(c.step, Value::Int(1) | Value::Bool(true));
    Ok(Value::str(if unit {
        format!("{name}({start})")
    } else {
        format!("{name}({start}, {})", vm.repr(&c.step)?)
    }))
}

// ---- cycle ----------------------------------------------------------------

pub(super) struct Cycle {
    it: RefCell<Option<Value>>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

pub(super) fn cycle_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.cycle")?;
    exact(vm, "cycle", &a[1..], kw, 1)?;
    let it = vm.iter(&a[1])?;
    Ok(Instance::with_data(
        cls,
        Cycle {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    ))
}

pub(super) fn cycle_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Cycle>(vm, a, "cycle")?;
    let it = c.it.borrow().clone();
    if let Some(it) = it {
        match vm.next(&it)? {
            Some(v) => {
                c.saved.borrow_mut().push(v.clone());
                return Ok(v);
            }
            None => *c.it.borrow_mut() = None,
        }
    }
    let saved = c.saved.borrow();
    if saved.is_empty() {
        return Err(stop(vm));
    }
    let i = c.index.get() % saved.len();
    c.index.set((i + 1) % saved.len());
    Ok(saved[i].clone())
}

// ---- repeat ---------------------------------------------------------------

pub(super) struct Repeat {
    obj: Value,
    /// Times left; `None` forever.
    times: Cell<Option<i64>>,
}

pub(super) fn repeat_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.repeat")?;
    let p = params(vm, "repeat", &a[1..], kw, &["object", "times"], 1)?;
    let obj = p[0].clone().unwrap_or(Value::None);
    let times = match &p[1] {
        Some(t) => Some(size_arg(vm, t)?.max(0)),
        None => None,
    };
    Ok(Instance::with_data(
        cls,
        Repeat {
            obj,
            times: Cell::new(times),
        },
    ))
}

pub(super) fn repeat_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let r = this::<Repeat>(vm, a, "repeat")?;
    match r.times.get() {
        None => Ok(r.obj.clone()),
        Some(0) => Err(stop(vm)),
        Some(n) => {
            r.times.set(Some(n - 1));
            Ok(r.obj.clone())
        }
    }
}

pub(super) fn repeat_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let r = recv::<Repeat>(vm, a, "itertools.repeat", "__repr__")?;
    let name = vm.type_name(&a[0]);
    let obj = vm.repr(&r.obj)?;
    Ok(Value::str(match r.times.get() {
        Some(n) => format!("{name}({obj}, {n})"),
        None => format!("{name}({obj})"),
    }))
}

pub(super) fn repeat_hint(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let r = recv::<Repeat>(vm, a, "itertools.repeat", "__length_hint__")?;
    match r.times.get() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}
