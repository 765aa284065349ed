//! The `heapq` module. The heap operations follow CPython's
//! Modules/_heapqmodule.c step by step (its `siftdown`/`siftup`, which
//! leave a list laid out exactly as Lib/heapq.py's would), comparing with
//! `<` only, so that a heap printed after any sequence of operations
//! matches CPython's. `nsmallest`/`nlargest` return what Lib/heapq.py
//! guarantees, `sorted(iterable, key=key)[:n]` (reversed for nlargest),
//! and `merge` is a lazy k-way merge whose ties go to the earlier
//! iterable, as Lib/heapq.py's does.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::builtins::sort_values;
use super::collections::{data_of, new_type};
use super::{arity, builtin, int_arg, kwarg, new_module, only_kwargs};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("heapq");
    {
        let mut d = m.dict.borrow_mut();
        for (name, f) in FUNCTIONS {
            d.insert(Name::new(name), builtin(name, *f));
        }
        let merge = new_type(
            vm,
            "merge",
            "heapq",
            &[
                ("__next__", merge_next),
                ("__iter__", |_, a, _| {
                    Ok(a.first().cloned().unwrap_or(Value::None))
                }),
            ],
            None,
        );
        // `merge` is a function in CPython (a generator function); here
        // a builtin making instances of an unexported iterator class.
        MERGE.with(|m| *m.borrow_mut() = Some(merge));
        d.insert(Name::new("merge"), builtin("merge", merge_new));
    }
    Value::Module(m)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("nsmallest", |vm, a, k| select(vm, a, k, "nsmallest", false)),
    ("nlargest", |vm, a, k| select(vm, a, k, "nlargest", true)),
];

/// The heap argument: a list or an instance of a list subclass.
fn heap_arg(vm: &Vm, fname: &str, v: &Value, two: bool) -> R<Rc<RefCell<Vec<Value>>>> {
    match v {
        Value::List(l) => return Ok(l.clone()),
        Value::Instance(i) => {
            if let Some(Value::List(l)) = &i.native {
                return Ok(l.clone());
            }
        }
        _ => {}
    }
    Err(vm.type_error(format!(
        "{fname}() argument{} must be list, not {}",
        if two { " 1" } else { "" },
        vm.type_name(v)
    )))
}

/// CPython refuses keywords to these METH_FASTCALL functions with the
/// module-qualified name.
fn no_kw(vm: &Vm, fname: &str, kw: &[(Name, Value)]) -> R<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("_heapq.{fname}() takes no keyword arguments")))
    }
}

fn changed(vm: &Vm) -> crate::interp::Exc {
    vm.runtime_error("list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` while it is smaller than its
/// parent (CPython's `siftdown`).
fn siftdown(vm: &'static Vm, heap: &RefCell<Vec<Value>>, start: usize, mut pos: usize) -> R<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (item, parent) = {
            let h = heap.borrow();
            (h[pos].clone(), h[parentpos].clone())
        };
        let lt = vm.less_than(&item, &parent)?;
        if heap.borrow().len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        heap.borrow_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up until `pos` reaches a leaf, then sifts the
/// item that was at `pos` back down into place (CPython's `siftup`).
fn siftup(vm: &'static Vm, heap: &RefCell<Vec<Value>>, mut pos: usize) -> R<()> {
    let end = heap.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = {
                let h = heap.borrow();
                (h[child].clone(), h[child + 1].clone())
            };
            let lt = vm.less_than(&a, &b)?;
            if heap.borrow().len() != end {
                return Err(changed(vm));
            }
            if !lt {
                child += 1;
            }
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    siftdown(vm, heap, start, pos)
}

fn heappush(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kw(vm, "heappush", kw)?;
    arity(vm, "heappush", a, 2, 2)?;
    let heap = heap_arg(vm, "heappush", &a[0], true)?;
    let last = {
        let mut h = heap.borrow_mut();
        h.push(a[1].clone());
        h.len() - 1
    };
    siftdown(vm, &heap, 0, last)?;
    Ok(Value::None)
}

fn heappop(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kw(vm, "heappop", kw)?;
    arity(vm, "heappop", a, 1, 1)?;
    let heap = heap_arg(vm, "heappop", &a[0], false)?;
    let top = {
        let mut h = heap.borrow_mut();
        let Some(last) = h.pop() else {
            return Err(vm.index_error("index out of range"));
        };
        if h.is_empty() {
            return Ok(last);
        }
        std::mem::replace(&mut h[0], last)
    };
    siftup(vm, &heap, 0)?;
    Ok(top)
}

fn heapreplace(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kw(vm, "heapreplace", kw)?;
    arity(vm, "heapreplace", a, 2, 2)?;
    let heap = heap_arg(vm, "heapreplace", &a[0], true)?;
    let top = {
        let mut h = heap.borrow_mut();
        if h.is_empty() {
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut h[0], a[1].clone())
    };
    siftup(vm, &heap, 0)?;
    Ok(top)
}

fn heappushpop(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kw(vm, "heappushpop", kw)?;
    arity(vm, "heappushpop", a, 2, 2)?;
    let heap = heap_arg(vm, "heappushpop", &a[0], true)?;
    let first = heap.borrow().first().cloned();
    let Some(first) = first else {
        return Ok(a[1].clone());
    };
    if !vm.less_than(&first, &a[1])? {
        return Ok(a[1].clone());
    }
    let top = {
        let mut h = heap.borrow_mut();
        if h.is_empty() {
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut h[0], a[1].clone())
    };
    siftup(vm, &heap, 0)?;
    Ok(top)
}

fn heapify(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kw(vm, "heapify", kw)?;
    arity(vm, "heapify", a, 1, 1)?;
    let heap = heap_arg(vm, "heapify", &a[0], false)?;
    let n = heap.borrow().len();
    // Every parent, last first: each is sifted once its children's
    // subtrees are heaps (the layout CPython's cache-friendly order for
    // big lists also produces).
    for i in (0..n / 2).rev() {
        siftup(vm, &heap, i)?;
    }
    Ok(Value::None)
}

/// `nsmallest(n, iterable, key=None)` / `nlargest(...)`.
fn select(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    fname: &str,
    largest: bool,
) -> R<Value> {
    only_kwargs(vm, fname, kw, &["n", "iterable", "key"])?;
    let mut given: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    if given.len() > 3 {
        return Err(vm.type_error(format!(
            "{fname}() takes from 2 to 3 positional arguments but {} were given",
            given.len()
        )));
    }
    given.resize(3, None);
    for (i, name) in ["n", "iterable", "key"].iter().enumerate() {
        if let Some(v) = kwarg(kw, name) {
            if given[i].is_some() {
                return Err(vm.type_error(format!(
                    "{fname}() got multiple values for argument '{name}'"
                )));
            }
            given[i] = Some(v.clone());
        }
    }
    let (Some(n), Some(iterable)) = (&given[0], &given[1]) else {
        return Err(vm.type_error(format!(
            "{fname}() missing required positional argument{}",
            if given[0].is_none() && given[1].is_none() {
                "s: 'n' and 'iterable'"
            } else if given[0].is_none() {
                ": 'n'"
            } else {
                ": 'iterable'"
            }
        )));
    };
    let n = int_arg(vm, n)?;
    let items = vm.to_vec(iterable)?;
    if n <= 0 {
        return Ok(Value::list(Vec::new()));
    }
    let mut sorted = sort_values(vm, items, given[2].as_ref(), largest)?;
    sorted.truncate(n as usize);
    Ok(Value::list(sorted))
}

/// The state of `merge`: each live iterator with its current head (and
/// the head's key), in the order the iterables were given.
struct Merge {
    iterables: RefCell<Option<Vec<Value>>>,
    heads: RefCell<Vec<(Value, Value, Value)>>,
    key: Option<Value>,
    reverse: bool,
    last: Cell<Option<usize>>,
}

thread_local! {
    static MERGE: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

fn merge_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(vm, "merge", kw, &["key", "reverse"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let class = MERGE.with(|m| m.borrow().clone());
    let Some(class) = class else {
        return Err(vm.type_error("heapq.merge is not set up"));
    };
    Ok(Instance::with_data(
        class,
        Merge {
            iterables: RefCell::new(Some(a.to_vec())),
            heads: RefCell::new(Vec::new()),
            key,
            reverse,
            last: Cell::new(None),
        },
    ))
}

fn merge_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let Some(m) = a.first().and_then(data_of::<Merge>) else {
        return Err(vm.type_error("merge.__next__ needs a merge object"));
    };
    let keyed = |v: &Value| -> R<Value> {
        match &m.key {
            Some(f) => vm.call(f, Args::new(vec![v.clone()])),
            None => Ok(v.clone()),
        }
    };
    // The first step takes every iterable's first item, as the generator
    // in Lib/heapq.py does when it starts.
    let start = m.iterables.borrow_mut().take();
    if let Some(iterables) = start {
        for x in iterables {
            let it = vm.iter(&x)?;
            if let Some(v) = vm.next(&it)? {
                let k = keyed(&v)?;
                m.heads.borrow_mut().push((it, v, k));
            }
        }
    } else if let Some(i) = m.last.take() {
        // The iterable last yielded from advances only now, when the
        // generator resumes after its `yield`.
        let it = m.heads.borrow()[i].0.clone();
        match vm.next(&it)? {
            Some(v) => {
                let k = keyed(&v)?;
                let mut heads = m.heads.borrow_mut();
                heads[i].1 = v;
                heads[i].2 = k;
            }
            None => {
                m.heads.borrow_mut().remove(i);
            }
        }
    }
    let heads: Vec<Value> = m.heads.borrow().iter().map(|h| h.2.clone()).collect();
    if heads.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    let mut best = 0;
    for j in 1..heads.len() {
        let better = if m.reverse {
            vm.less_than(&heads[best], &heads[j])?
        } else {
            vm.less_than(&heads[j], &heads[best])?
        };
        if better {
            best = j;
        }
    }
    m.last.set(Some(best));
    let value = m.heads.borrow()[best].1.clone();
    Ok(value)
}
