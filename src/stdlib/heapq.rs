//! `_heapq`, the heap operations under `heapq` (src/stdlib/py/heapq.py
//! adds merge, nsmallest and nlargest, as CPython's Lib/heapq.py does).
//! They follow CPython's Modules/_heapqmodule.c step by step (its
//! `siftdown`/`siftup` and their max-heap twins), comparing with `<` only,
//! so that a heap printed after any sequence of operations matches
//! CPython's, comparisons run in the same order, and errors are CPython's.

use std::cell::RefCell;
use std::rc::Rc;

use super::{arity, builtin, new_module};
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn module() -> Value {
    let m = new_module("_heapq");
    {
        let mut d = m.dict.borrow_mut();
        for (name, f) in FUNCTIONS {
            d.insert(Name::new(name), builtin(name, *f));
        }
    }
    Value::Module(m)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("heappush", heappush),
    ("heappop", |vm, a, k| pop(vm, a, k, "heappop", false)),
    ("heapify", |vm, a, k| {
        heapify_with(vm, a, k, "heapify", false)
    }),
    ("heapreplace", |vm, a, k| {
        replace(vm, a, k, "heapreplace", false)
    }),
    ("heappushpop", heappushpop),
    ("_heappop_max", |vm, a, k| {
        pop(vm, a, k, "_heappop_max", true)
    }),
    ("_heapreplace_max", |vm, a, k| {
        replace(vm, a, k, "_heapreplace_max", true)
    }),
    ("_heapify_max", |vm, a, k| {
        heapify_with(vm, a, k, "_heapify_max", true)
    }),
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
    // Argument Clinic names None itself rather than its type.
    let got = match v {
        Value::None => "None".to_string(),
        other => vm.type_name(other).to_string(),
    };
    Err(vm.type_error(format!(
        "{fname}() argument{} must be list, not {got}",
        if two { " 1" } else { "" }
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

/// The one-argument functions are METH_O, whose count error names the module.
fn one_arg(vm: &Vm, fname: &str, a: &[Value]) -> R<()> {
    if a.len() == 1 {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "_heapq.{fname}() takes exactly one argument ({} given)",
        a.len()
    )))
}

fn changed(vm: &Vm) -> crate::interp::Exc {
    vm.runtime_error("list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` while it is smaller than its
/// parent (CPython's `siftdown`; larger, for a max-heap: `siftdown_max`).
fn siftdown(
    vm: &'static Vm,
    heap: &RefCell<Vec<Value>>,
    start: usize,
    mut pos: usize,
    max: bool,
) -> R<()> {
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
        let lt = if max {
            vm.less_than(&parent, &item)?
        } else {
            vm.less_than(&item, &parent)?
        };
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
/// item that was at `pos` back down into place (CPython's `siftup`; the
/// larger child for a max-heap: `siftup_max`).
fn siftup(vm: &'static Vm, heap: &RefCell<Vec<Value>>, mut pos: usize, max: bool) -> R<()> {
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
            let lt = if max {
                vm.less_than(&b, &a)?
            } else {
                vm.less_than(&a, &b)?
            };
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
    siftdown(vm, heap, start, pos, max)
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
    siftdown(vm, &heap, 0, last, false)?;
    Ok(Value::None)
}

fn pop(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], fname: &str, max: bool) -> R<Value> {
    no_kw(vm, fname, kw)?;
    one_arg(vm, fname, a)?;
    let heap = heap_arg(vm, fname, &a[0], false)?;
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
    siftup(vm, &heap, 0, max)?;
    Ok(top)
}

fn replace(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], fname: &str, max: bool) -> R<Value> {
    no_kw(vm, fname, kw)?;
    arity(vm, fname, a, 2, 2)?;
    let heap = heap_arg(vm, fname, &a[0], true)?;
    let top = {
        let mut h = heap.borrow_mut();
        if h.is_empty() {
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut h[0], a[1].clone())
    };
    siftup(vm, &heap, 0, max)?;
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
    siftup(vm, &heap, 0, false)?;
    Ok(top)
}

fn heapify_with(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    fname: &str,
    max: bool,
) -> R<Value> {
    no_kw(vm, fname, kw)?;
    one_arg(vm, fname, a)?;
    let heap = heap_arg(vm, fname, &a[0], false)?;
    let n = heap.borrow().len();
    // Every parent, last first: each is sifted once its children's
    // subtrees are heaps (the layout CPython's cache-friendly order for
    // big lists also produces).
    for i in (0..n / 2).rev() {
        siftup(vm, &heap, i, max)?;
    }
    Ok(Value::None)
}
