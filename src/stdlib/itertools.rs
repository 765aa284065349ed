//! The `itertools` module, written in Rust: every function is a lazy
//! iterator type (a stdlib type with `__iter__`/`__next__`, its state in
//! the instance's Rust data), following CPython's Modules/itertoolsmodule.c
//! step by step so that results, laziness and errors agree.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::collections::{data_of, new_class_arg, new_type, recv, register, registered};
use super::{arity, builtin, int_arg, new_module};
use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;

// ---- argument helpers ---------------------------------------------------

/// Binds arguments to `names` as CPython's argument clinic does, with its
/// messages; the first `required` names must be given.
fn params(
    vm: &Vm,
    fname: &str,
    a: &[Value],
    kw: &[(Name, Value)],
    names: &[&str],
    required: usize,
) -> R<Vec<Option<Value>>> {
    let given = a.len() + kw.len();
    if given > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({given} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(a) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == k.as_str()) else {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Exactly `n` positional arguments and no keywords ("takewhile expected
/// 2 arguments, got 1").
fn exact(vm: &Vm, fname: &str, a: &[Value], kw: &[(Name, Value)], n: usize) -> R<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    if a.len() != n {
        return Err(vm.type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

fn no_kw(vm: &Vm, fname: &str, kw: &[(Name, Value)]) -> R<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

fn stop(vm: &Vm) -> Exc {
    vm.stop_iteration(Value::None)
}

/// The next item of `it`, or StopIteration out of the caller.
fn next_or_stop(vm: &'static Vm, it: &Value) -> R<Value> {
    vm.next(it)?.ok_or_else(|| stop(vm))
}

/// The class a type's `__new__` was called on, checked against the type.
fn cls_of(vm: &'static Vm, a: &[Value], key: &str) -> R<Rc<Class>> {
    let Some(base) = registered(key) else {
        return Err(vm.type_error(format!("{key} is not set up")));
    };
    new_class_arg(vm, a, &base).cloned()
}

fn this<'a, T: 'static>(vm: &Vm, a: &'a [Value], tname: &str) -> R<&'a T> {
    recv::<T>(vm, a, &format!("itertools.{tname}"), "__next__")
}

/// A positive count (repeat, combinations' r), as `n` conversion does.
fn size_arg(vm: &'static Vm, v: &Value) -> R<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow("Python int too large to convert to C ssize_t")),
        _ => int_arg(vm, v),
    }
}

// ---- the types ------------------------------------------------------------

/// (name, `__new__`, `__next__`, other methods).
type TypeSpec = (
    &'static str,
    BuiltinFn,
    BuiltinFn,
    &'static [(&'static str, BuiltinFn)],
);

const TYPES: &[TypeSpec] = &[
    ("count", count_new, count_next, &[("__repr__", count_repr)]),
    ("cycle", cycle_new, cycle_next, &[]),
    (
        "repeat",
        repeat_new,
        repeat_next,
        &[("__repr__", repeat_repr), ("__length_hint__", repeat_hint)],
    ),
    ("accumulate", accumulate_new, accumulate_next, &[]),
    ("chain", chain_new, chain_next, &[]),
    ("compress", compress_new, compress_next, &[]),
    ("dropwhile", dropwhile_new, dropwhile_next, &[]),
    ("takewhile", takewhile_new, takewhile_next, &[]),
    ("filterfalse", filterfalse_new, filterfalse_next, &[]),
    ("groupby", groupby_new, groupby_next, &[]),
    ("_grouper", grouper_new, grouper_next, &[]),
    ("islice", islice_new, islice_next, &[]),
    ("pairwise", pairwise_new, pairwise_next, &[]),
    ("starmap", starmap_new, starmap_next, &[]),
    (
        "_tee",
        tee_new,
        tee_next,
        &[("__copy__", |vm, a, _| tee_copy(vm, a))],
    ),
    ("zip_longest", zip_longest_new, zip_longest_next, &[]),
    ("product", product_new, product_next, &[]),
    ("permutations", permutations_new, permutations_next, &[]),
    ("combinations", combinations_new, combinations_next, &[]),
    ("combinations_with_replacement", cwr_new, cwr_next, &[]),
];

fn key_of(name: &str) -> &'static str {
    match name {
        "count" => "itertools.count",
        "cycle" => "itertools.cycle",
        "repeat" => "itertools.repeat",
        "accumulate" => "itertools.accumulate",
        "chain" => "itertools.chain",
        "compress" => "itertools.compress",
        "dropwhile" => "itertools.dropwhile",
        "takewhile" => "itertools.takewhile",
        "filterfalse" => "itertools.filterfalse",
        "groupby" => "itertools.groupby",
        "_grouper" => "itertools._grouper",
        "islice" => "itertools.islice",
        "pairwise" => "itertools.pairwise",
        "starmap" => "itertools.starmap",
        "_tee" => "itertools._tee",
        "zip_longest" => "itertools.zip_longest",
        "product" => "itertools.product",
        "permutations" => "itertools.permutations",
        "combinations" => "itertools.combinations",
        _ => "itertools.combinations_with_replacement",
    }
}

/// Makes the types once per interpreter.
fn ensure(vm: &'static Vm) {
    if registered("itertools.count").is_some() {
        return;
    }
    for (name, new, next, extra) in TYPES {
        let mut methods: Vec<(&'static str, BuiltinFn)> = vec![
            ("__next__", *next),
            ("__iter__", |_, a, _| {
                Ok(a.first().cloned().unwrap_or(Value::None))
            }),
        ];
        methods.extend_from_slice(extra);
        let class = new_type(vm, name, "itertools", &methods, Some(*new));
        register(key_of(name), &class);
    }
    if let Some(chain) = registered("itertools.chain") {
        chain.dict.borrow_mut().insert(
            Name::new("from_iterable"),
            Value::ClassMethod(Rc::new(builtin("from_iterable", chain_from_iterable))),
        );
    }
}

fn class_value(vm: &'static Vm, name: &str) -> Value {
    ensure(vm);
    registered(key_of(name)).map_or(Value::None, Value::Class)
}

pub fn module(vm: &'static Vm) -> Value {
    ensure(vm);
    let m = new_module("itertools");
    {
        let mut d = m.dict.borrow_mut();
        for (name, ..) in TYPES {
            if name.starts_with('_') {
                continue;
            }
            d.insert(Name::new(name), class_value(vm, name));
        }
        d.insert(
            Name::new("tee"),
            Value::Builtin(Rc::new(Builtin {
                name: "tee",
                func: tee,
                unwraps_self: false,
                module: Some("itertools"),
            })),
        );
    }
    Value::Module(m)
}

/// `chain.from_iterable(starmap(repeat, pairs))`: Counter.elements().
pub fn elements(vm: &'static Vm, pairs: Value) -> R<Value> {
    ensure(vm);
    let repeat = class_value(vm, "repeat");
    let starmap = vm.call(&class_value(vm, "starmap"), Args::new(vec![repeat, pairs]))?;
    let chain = class_value(vm, "chain");
    chain_from_iterable(vm, &[chain, starmap], &[])
}

// ---- count ----------------------------------------------------------------

struct Count {
    next: RefCell<Value>,
    step: Value,
}

fn is_number(v: &Value) -> bool {
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

fn count_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn count_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Count>(vm, a, "count")?;
    let v = c.next.borrow().clone();
    let n = vm.binary(BinOp::Add, &v, &c.step)?;
    *c.next.borrow_mut() = n;
    Ok(v)
}

fn count_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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

struct Cycle {
    it: RefCell<Option<Value>>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

fn cycle_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn cycle_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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

struct Repeat {
    obj: Value,
    /// Times left; `None` forever.
    times: Cell<Option<i64>>,
}

fn repeat_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn repeat_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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

fn repeat_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let r = recv::<Repeat>(vm, a, "itertools.repeat", "__repr__")?;
    let name = vm.type_name(&a[0]);
    let obj = vm.repr(&r.obj)?;
    Ok(Value::str(match r.times.get() {
        Some(n) => format!("{name}({obj}, {n})"),
        None => format!("{name}({obj})"),
    }))
}

fn repeat_hint(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let r = recv::<Repeat>(vm, a, "itertools.repeat", "__length_hint__")?;
    match r.times.get() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.type_error("len() of unsized object")),
    }
}

// ---- accumulate -----------------------------------------------------------

struct Accumulate {
    it: Value,
    func: Value,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

fn accumulate_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.accumulate")?;
    let pos = &a[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let p = params(
        vm,
        "accumulate",
        pos,
        kw,
        &["iterable", "func", "initial"],
        1,
    )?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let initial = p[2].clone().filter(|v| !v.is_none());
    Ok(Instance::with_data(
        cls,
        Accumulate {
            it,
            func: p[1].clone().unwrap_or(Value::None),
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

fn accumulate_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let acc = this::<Accumulate>(vm, a, "accumulate")?;
    let initial = acc.initial.borrow_mut().take();
    if let Some(v) = initial {
        *acc.total.borrow_mut() = Some(v.clone());
        return Ok(v);
    }
    let v = next_or_stop(vm, &acc.it)?;
    let total = acc.total.borrow().clone();
    let new = match total {
        None => v,
        Some(t) => {
            if acc.func.is_none() {
                vm.binary(BinOp::Add, &t, &v)?
            } else {
                vm.call(&acc.func, Args::new(vec![t, v]))?
            }
        }
    };
    *acc.total.borrow_mut() = Some(new.clone());
    Ok(new)
}

// ---- chain ----------------------------------------------------------------

struct Chain {
    /// The iterator over the iterables; `None` once exhausted.
    source: RefCell<Option<Value>>,
    active: RefCell<Option<Value>>,
}

fn chain_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.chain")?;
    no_kw(vm, "chain", kw)?;
    let source = vm.iter(&Value::tuple(a[1..].to_vec()))?;
    Ok(Instance::with_data(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_from_iterable(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "from_iterable", a, 2, 2)?;
    let cls = cls_of(vm, a, "itertools.chain")?;
    let source = vm.iter(&a[1])?;
    Ok(Instance::with_data(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Chain>(vm, a, "chain")?;
    loop {
        let active = c.active.borrow().clone();
        let active = match active {
            Some(it) => it,
            None => {
                let source = c.source.borrow().clone();
                let Some(source) = source else {
                    return Err(stop(vm));
                };
                match vm.next(&source)? {
                    None => {
                        *c.source.borrow_mut() = None;
                        return Err(stop(vm));
                    }
                    Some(iterable) => {
                        let it = vm.iter(&iterable)?;
                        *c.active.borrow_mut() = Some(it.clone());
                        it
                    }
                }
            }
        };
        match vm.next(&active)? {
            Some(v) => return Ok(v),
            None => *c.active.borrow_mut() = None,
        }
    }
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ---------------

struct Compress {
    data: Value,
    selectors: Value,
}

fn compress_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.compress")?;
    let p = params(vm, "compress", &a[1..], kw, &["data", "selectors"], 2)?;
    let data = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(Instance::with_data(cls, Compress { data, selectors }))
}

fn compress_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this::<Compress>(vm, a, "compress")?;
    loop {
        let d = next_or_stop(vm, &c.data)?;
        let s = next_or_stop(vm, &c.selectors)?;
        if vm.truthy(&s)? {
            return Ok(d);
        }
    }
}

/// A predicate and an iterator, with a flag (dropwhile: still dropping;
/// takewhile: stopped).
struct PredIter {
    pred: Value,
    it: Value,
    flag: Cell<bool>,
}

fn pred_iter(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<Value> {
    let cls = cls_of(vm, a, key_of(name))?;
    exact(vm, name, &a[1..], kw, 2)?;
    let it = vm.iter(&a[2])?;
    Ok(Instance::with_data(
        cls,
        PredIter {
            pred: a[1].clone(),
            it,
            flag: Cell::new(name == "dropwhile"),
        },
    ))
}

fn test(vm: &'static Vm, pred: &Value, v: &Value) -> R<bool> {
    if pred.is_none() {
        return vm.truthy(v);
    }
    let r = vm.call(pred, Args::new(vec![v.clone()]))?;
    vm.truthy(&r)
}

fn dropwhile_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "dropwhile")
}

fn dropwhile_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let d = this::<PredIter>(vm, a, "dropwhile")?;
    loop {
        let v = next_or_stop(vm, &d.it)?;
        if !d.flag.get() {
            return Ok(v);
        }
        if !test(vm, &d.pred, &v)? {
            d.flag.set(false);
            return Ok(v);
        }
    }
}

fn takewhile_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "takewhile")
}

fn takewhile_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let t = this::<PredIter>(vm, a, "takewhile")?;
    if t.flag.get() {
        return Err(stop(vm));
    }
    let v = next_or_stop(vm, &t.it)?;
    if test(vm, &t.pred, &v)? {
        return Ok(v);
    }
    t.flag.set(true);
    Err(stop(vm))
}

fn filterfalse_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "filterfalse")
}

fn filterfalse_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let f = this::<PredIter>(vm, a, "filterfalse")?;
    loop {
        let v = next_or_stop(vm, &f.it)?;
        if !test(vm, &f.pred, &v)? {
            return Ok(v);
        }
    }
}

fn starmap_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    pred_iter(vm, a, kw, "starmap")
}

fn starmap_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let s = this::<PredIter>(vm, a, "starmap")?;
    let args = next_or_stop(vm, &s.it)?;
    let args = vm.to_vec(&args)?;
    vm.call(&s.pred, Args::new(args))
}

// ---- groupby --------------------------------------------------------------

struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    /// Which grouper is current; earlier ones are exhausted.
    currgrouper: Cell<u64>,
}

struct Grouper {
    parent: Value,
    tgtkey: Value,
    id: u64,
}

fn groupby_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.groupby")?;
    let p = params(vm, "groupby", &a[1..], kw, &["iterable", "key"], 1)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Instance::with_data(
        cls,
        GroupBy {
            it,
            keyfunc: p[1].clone().unwrap_or(Value::None),
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            currgrouper: Cell::new(0),
        },
    ))
}

/// Reads the next value and its key.
fn groupby_step(vm: &'static Vm, g: &GroupBy) -> R<()> {
    let v = next_or_stop(vm, &g.it)?;
    let k = if g.keyfunc.is_none() {
        v.clone()
    } else {
        vm.call(&g.keyfunc, Args::new(vec![v.clone()]))?
    };
    *g.currvalue.borrow_mut() = Some(v);
    *g.currkey.borrow_mut() = Some(k);
    Ok(())
}

fn groupby_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let g = this::<GroupBy>(vm, a, "groupby")?;
    g.currgrouper.set(g.currgrouper.get() + 1);
    loop {
        let currkey = g.currkey.borrow().clone();
        let tgtkey = g.tgtkey.borrow().clone();
        match (currkey, tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !(t.is(&c) || vm.eq(&t, &c)?) {
                    break;
                }
            }
        }
        groupby_step(vm, g)?;
    }
    let key = g.currkey.borrow().clone().unwrap_or(Value::None);
    *g.tgtkey.borrow_mut() = Some(key.clone());
    let Some(class) = registered("itertools._grouper") else {
        return Err(stop(vm));
    };
    let grouper = Instance::with_data(
        class,
        Grouper {
            parent: a[0].clone(),
            tgtkey: key.clone(),
            id: g.currgrouper.get(),
        },
    );
    Ok(Value::tuple(vec![key, grouper]))
}

fn grouper_new(vm: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

fn grouper_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let gr = this::<Grouper>(vm, a, "_grouper")?;
    let Some(g) = data_of::<GroupBy>(&gr.parent) else {
        return Err(stop(vm));
    };
    if g.currgrouper.get() != gr.id {
        return Err(stop(vm));
    }
    if g.currvalue.borrow().is_none() {
        groupby_step(vm, g)?;
    }
    let currkey = g.currkey.borrow().clone().unwrap_or(Value::None);
    if !(gr.tgtkey.is(&currkey) || vm.eq(&gr.tgtkey, &currkey)?) {
        return Err(stop(vm));
    }
    let v = g.currvalue.borrow_mut().take();
    v.ok_or_else(|| stop(vm))
}

// ---- islice ---------------------------------------------------------------

struct ISlice {
    it: RefCell<Option<Value>>,
    next: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    cnt: Cell<usize>,
}

/// An islice index: a non-negative int, or `None` (given as None).
fn slice_index(vm: &'static Vm, v: &Value) -> Option<Option<usize>> {
    if v.is_none() {
        return Some(None);
    }
    match vm.index_of(v) {
        Ok(Some(i)) if i >= 0 => Some(Some(i as usize)),
        _ => None,
    }
}

fn islice_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.islice")?;
    no_kw(vm, "islice", kw)?;
    let args = &a[1..];
    arity(vm, "islice", args, 2, 4)?;
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop_at) = if args.len() == 2 {
        let s = slice_index(vm, &args[1]).ok_or_else(|| vm.value_error(STOP))?;
        (Some(0), s)
    } else {
        let start = slice_index(vm, &args[1]);
        let s = slice_index(vm, &args[2]).ok_or_else(|| vm.value_error(STOP))?;
        (start.map(|s| s.unwrap_or(0)), s)
    };
    let Some(start) = start else {
        return Err(vm.value_error(INDICES));
    };
    let step = match args.get(3) {
        None | Some(Value::None) => 1,
        Some(v) => match vm.index_of(v) {
            Ok(Some(i)) if i >= 1 => i as usize,
            _ => 0,
        },
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&args[0])?;
    Ok(Instance::with_data(
        cls,
        ISlice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop: stop_at,
            step,
            cnt: Cell::new(0),
        },
    ))
}

fn islice_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let s = this::<ISlice>(vm, a, "islice")?;
    let it = s.it.borrow().clone();
    let Some(it) = it else {
        return Err(stop(vm));
    };
    let empty = |s: &ISlice| {
        *s.it.borrow_mut() = None;
        Err(stop(vm))
    };
    while s.cnt.get() < s.next.get() {
        if vm.next(&it)?.is_none() {
            return empty(s);
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if s.stop.is_some_and(|stop| s.cnt.get() >= stop) {
        return empty(s);
    }
    let Some(item) = vm.next(&it)? else {
        return empty(s);
    };
    s.cnt.set(s.cnt.get() + 1);
    let old = s.next.get();
    let mut next = old.saturating_add(s.step);
    if let Some(stop) = s.stop {
        if next > stop {
            next = stop;
        }
    }
    s.next.set(next);
    Ok(item)
}

// ---- pairwise -------------------------------------------------------------

struct Pairwise {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

fn pairwise_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.pairwise")?;
    exact(vm, "pairwise", &a[1..], kw, 1)?;
    let it = vm.iter(&a[1])?;
    Ok(Instance::with_data(
        cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

fn pairwise_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let p = this::<Pairwise>(vm, a, "pairwise")?;
    let it = p.it.borrow().clone();
    let Some(it) = it else {
        return Err(stop(vm));
    };
    let old = p.old.borrow().clone();
    let old = match old {
        Some(o) => o,
        None => match vm.next(&it)? {
            Some(o) => {
                *p.old.borrow_mut() = Some(o.clone());
                o
            }
            None => {
                *p.it.borrow_mut() = None;
                return Err(stop(vm));
            }
        },
    };
    match vm.next(&it)? {
        Some(new) => {
            *p.old.borrow_mut() = Some(new.clone());
            Ok(Value::tuple(vec![old, new]))
        }
        None => {
            *p.it.borrow_mut() = None;
            *p.old.borrow_mut() = None;
            Err(stop(vm))
        }
    }
}

// ---- tee ------------------------------------------------------------------

/// What the iterators of one tee() share: the source and the items some
/// of them have not read yet.
struct TeeShared {
    it: Value,
    buf: RefCell<VecDeque<Value>>,
    /// The position of `buf[0]` in the source.
    base: Cell<usize>,
    readers: RefCell<Vec<Weak<Cell<usize>>>>,
    exhausted: Cell<bool>,
    running: Cell<bool>,
}

struct Tee {
    shared: Rc<TeeShared>,
    pos: Rc<Cell<usize>>,
}

impl TeeShared {
    fn reader(self: &Rc<TeeShared>, pos: usize) -> Tee {
        let pos = Rc::new(Cell::new(pos));
        self.readers.borrow_mut().push(Rc::downgrade(&pos));
        Tee {
            shared: self.clone(),
            pos,
        }
    }

    /// Drops the items every reader has passed.
    fn trim(&self) {
        let mut readers = self.readers.borrow_mut();
        readers.retain(|w| w.strong_count() > 0);
        let min = readers
            .iter()
            .filter_map(|w| w.upgrade().map(|p| p.get()))
            .min();
        drop(readers);
        let Some(min) = min else { return };
        let mut buf = self.buf.borrow_mut();
        while self.base.get() < min && !buf.is_empty() {
            buf.pop_front();
            self.base.set(self.base.get() + 1);
        }
    }
}

fn tee_class(vm: &'static Vm) -> R<Rc<Class>> {
    ensure(vm);
    registered("itertools._tee").ok_or_else(|| vm.type_error("tee is not set up"))
}

/// `_tee(iterable)`: a tee iterator over it.
fn tee_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools._tee")?;
    exact(vm, "_tee", &a[1..], kw, 1)?;
    let it = vm.iter(&a[1])?;
    if let Some(t) = data_of::<Tee>(&it) {
        let copy = t.shared.reader(t.pos.get());
        return Ok(Instance::with_data(cls, copy));
    }
    Ok(Instance::with_data(cls, fresh_tee(it)))
}

fn fresh_tee(it: Value) -> Tee {
    let shared = Rc::new(TeeShared {
        it,
        buf: RefCell::new(VecDeque::new()),
        base: Cell::new(0),
        readers: RefCell::new(Vec::new()),
        exhausted: Cell::new(false),
        running: Cell::new(false),
    });
    shared.reader(0)
}

fn tee_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let t = this::<Tee>(vm, a, "_tee")?;
    let s = &t.shared;
    let p = t.pos.get();
    let buffered = {
        let buf = s.buf.borrow();
        p.checked_sub(s.base.get())
            .and_then(|i| buf.get(i).cloned())
    };
    if let Some(v) = buffered {
        t.pos.set(p + 1);
        s.trim();
        return Ok(v);
    }
    if s.exhausted.get() {
        return Err(stop(vm));
    }
    if s.running.get() {
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    }
    s.running.set(true);
    let r = vm.next(&s.it);
    s.running.set(false);
    match r? {
        None => {
            s.exhausted.set(true);
            Err(stop(vm))
        }
        Some(v) => {
            s.buf.borrow_mut().push_back(v.clone());
            t.pos.set(p + 1);
            s.trim();
            Ok(v)
        }
    }
}

fn tee_copy(vm: &'static Vm, a: &[Value]) -> R<Value> {
    let t = recv::<Tee>(vm, a, "itertools._tee", "__copy__")?;
    let copy = t.shared.reader(t.pos.get());
    Ok(Instance::with_data(tee_class(vm)?, copy))
}

/// `tee(iterable, n=2)`.
fn tee(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    arity(vm, "tee", a, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => size_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let it = vm.iter(&a[0])?;
    let class = tee_class(vm)?;
    let first = if data_of::<Tee>(&it).is_some() {
        it
    } else {
        Instance::with_data(class.clone(), fresh_tee(it))
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(tee_copy(vm, std::slice::from_ref(&first))?);
    }
    Ok(Value::tuple(out))
}

// ---- zip_longest ----------------------------------------------------------

struct ZipLongest {
    its: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

fn zip_longest_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = cls_of(vm, a, "itertools.zip_longest")?;
    let mut fill = Value::None;
    for (k, v) in kw {
        if k.as_str() != "fillvalue" {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for x in &a[1..] {
        its.push(Some(vm.iter(x)?));
    }
    let n = its.len();
    Ok(Instance::with_data(
        cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill,
        },
    ))
}

fn zip_longest_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let z = this::<ZipLongest>(vm, a, "zip_longest")?;
    let n = z.its.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return Err(stop(vm));
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = z.its.borrow().get(i).cloned().flatten();
        let item = match it {
            None => z.fill.clone(),
            Some(it) => match vm.next(&it) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Err(stop(vm));
                    }
                    if let Some(slot) = z.its.borrow_mut().get_mut(i) {
                        *slot = None;
                    }
                    z.fill.clone()
                }
                Err(e) => {
                    z.active.set(0);
                    return Err(e);
                }
            },
        };
        out.push(item);
    }
    Ok(Value::tuple(out))
}

// ---- combinatorics --------------------------------------------------------

/// The state of product, permutations and the combinations: the pools
/// (one for the others), the indices, and the previous result.
struct Combi {
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

fn pool_of(vm: &'static Vm, v: &Value) -> R<Rc<Vec<Value>>> {
    Ok(Rc::new(vm.to_vec(v)?))
}

/// `r` for combinations (required) and permutations (None: the pool size).
fn r_arg(vm: &'static Vm, v: Option<&Value>, n: usize) -> R<usize> {
    let r = match v {
        None | Some(Value::None) => return Ok(n),
        Some(v) => size_arg(vm, v)?,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn product_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn product_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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

fn permutations_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn permutations_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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

fn combinations_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn combinations_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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

fn cwr_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
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

fn cwr_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
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
