//! collections.deque: a stdlib type whose instances carry a `Deque` (a
//! `VecDeque` of values, the optional maxlen and a mutation counter that
//! its iterators check, as CPython's `state`).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::super::{int_arg, only_kwargs};
use super::{
    data_of, new_class_arg, new_type, readonly, recv, register, registered, set_class_attr,
    unwrapping, ReprGuard,
};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::CmpOp;

const TNAME: &str = "collections.deque";

/// The Rust data of a deque.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl Deque {
    fn new() -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn append(&self, v: Value) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        let mut items = self.items.borrow_mut();
        items.push_back(v);
        if let Some(m) = self.maxlen.get() {
            while items.len() > m {
                items.pop_front();
            }
        }
        drop(items);
        self.bump();
    }

    fn appendleft(&self, v: Value) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        let mut items = self.items.borrow_mut();
        items.push_front(v);
        if let Some(m) = self.maxlen.get() {
            while items.len() > m {
                items.pop_back();
            }
        }
        drop(items);
        self.bump();
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Errs when the deque changed since `state`.
    fn check(&self, vm: &Vm, state: u64) -> R<()> {
        if self.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        Ok(())
    }
}

/// The state of an iterator over a deque.
struct DequeIter {
    deque: Value,
    index: Cell<usize>,
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

pub fn class(vm: &'static Vm) -> Rc<Class> {
    if let Some(c) = registered("collections.deque") {
        return c;
    }
    let class = new_type(vm, "deque", "collections", METHODS, Some(deque_new));
    set_class_attr(&class, "__init__", unwrapping("__init__", init));
    set_class_attr(
        &class,
        "maxlen",
        readonly("maxlen", maxlen, |vm, _, _| {
            Err(vm.attr_error("attribute 'maxlen' of 'collections.deque' objects is not writable"))
        }),
    );
    super::generic(&class);
    register("collections.deque", &class);
    let iter_methods: &[(&'static str, BuiltinFn)] = &[
        ("__next__", iter_next),
        ("__iter__", |_, a, _| {
            Ok(a.first().cloned().unwrap_or(Value::None))
        }),
    ];
    let it = new_type(vm, "_deque_iterator", "_collections", iter_methods, None);
    register("collections._deque_iterator", &it);
    let rit = new_type(
        vm,
        "_deque_reverse_iterator",
        "_collections",
        iter_methods,
        None,
    );
    register("collections._deque_reverse_iterator", &rit);
    class
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("append", |vm, a, _| {
        one_arg(vm, a, "append")?;
        this(vm, a, "append")?.append(a[1].clone());
        Ok(Value::None)
    }),
    ("appendleft", |vm, a, _| {
        one_arg(vm, a, "appendleft")?;
        this(vm, a, "appendleft")?.appendleft(a[1].clone());
        Ok(Value::None)
    }),
    ("pop", |vm, a, _| {
        no_args(vm, a, "pop")?;
        let d = this(vm, a, "pop")?;
        let v = d.items.borrow_mut().pop_back();
        d.bump();
        v.ok_or_else(|| vm.index_error("pop from an empty deque"))
    }),
    ("popleft", |vm, a, _| {
        no_args(vm, a, "popleft")?;
        let d = this(vm, a, "popleft")?;
        let v = d.items.borrow_mut().pop_front();
        d.bump();
        v.ok_or_else(|| vm.index_error("pop from an empty deque"))
    }),
    ("extend", |vm, a, _| {
        one_arg(vm, a, "extend")?;
        extend(vm, this(vm, a, "extend")?, &a[1], false)?;
        Ok(Value::None)
    }),
    ("extendleft", |vm, a, _| {
        one_arg(vm, a, "extendleft")?;
        extend(vm, this(vm, a, "extendleft")?, &a[1], true)?;
        Ok(Value::None)
    }),
    ("rotate", |vm, a, _| {
        if a.len() > 2 {
            return Err(vm.type_error(format!(
                "rotate expected at most 1 argument, got {}",
                a.len() - 1
            )));
        }
        let d = this(vm, a, "rotate")?;
        let n = match a.get(1) {
            Some(v) => int_arg(vm, v)?,
            None => 1,
        };
        let mut items = d.items.borrow_mut();
        let len = items.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            items.rotate_right(k);
        }
        drop(items);
        d.bump();
        Ok(Value::None)
    }),
    ("clear", |vm, a, _| {
        no_args(vm, a, "clear")?;
        let d = this(vm, a, "clear")?;
        let old = std::mem::take(&mut *d.items.borrow_mut());
        d.bump();
        drop(old);
        Ok(Value::None)
    }),
    ("copy", |vm, a, _| {
        no_args(vm, a, "copy")?;
        this(vm, a, "copy")?;
        copy(vm, &a[0])
    }),
    ("__deepcopy__", |vm, a, _| {
        one_arg(vm, a, "__deepcopy__")?;
        deepcopy(vm, &a[0], &a[1])
    }),
    ("__copy__", |vm, a, _| {
        no_args(vm, a, "__copy__")?;
        this(vm, a, "__copy__")?;
        copy(vm, &a[0])
    }),
    ("count", |vm, a, _| {
        one_arg(vm, a, "count")?;
        let d = this(vm, a, "count")?;
        let state = d.state.get();
        let mut n = 0;
        for x in d.snapshot() {
            if x.is(&a[1]) || vm.eq(&x, &a[1])? {
                n += 1;
            }
            d.check(vm, state)?;
        }
        Ok(Value::Int(n))
    }),
    ("index", |vm, a, _| {
        if a.len() < 2 || a.len() > 4 {
            return Err(vm.type_error(format!(
                "index expected at least 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let d = this(vm, a, "index")?;
        let len = d.len() as i64;
        let bound = |v: Option<&Value>, default: i64| -> R<i64> {
            let i = match v {
                Some(v) => int_arg(vm, v)?,
                None => return Ok(default),
            };
            Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
        };
        let start = bound(a.get(2), 0)?;
        let stop = bound(a.get(3), len)?;
        let state = d.state.get();
        let mut i = start;
        while i < stop {
            let Some(x) = d.get(i as usize) else { break };
            if x.is(&a[1]) || vm.eq(&x, &a[1])? {
                return Ok(Value::Int(i));
            }
            d.check(vm, state)?;
            i += 1;
        }
        Err(vm.value_error(format!("{} is not in deque", vm.repr(&a[1])?)))
    }),
    ("insert", |vm, a, _| {
        if a.len() != 3 {
            return Err(vm.type_error(format!(
                "insert expected 2 arguments, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let d = this(vm, a, "insert")?;
        let i = int_arg(vm, &a[1])?;
        let len = d.len();
        if d.maxlen.get() == Some(len) {
            return Err(vm.index_error("deque already at its maximum size"));
        }
        let n = len as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.items.borrow_mut().insert(at as usize, a[2].clone());
        d.bump();
        Ok(Value::None)
    }),
    ("remove", |vm, a, _| {
        one_arg(vm, a, "remove")?;
        let d = this(vm, a, "remove")?;
        let state = d.state.get();
        // No snapshot: asyncio's waiter queues remove from the front, and
        // copying the whole deque each time would make that quadratic.
        let mut i = 0;
        loop {
            let Some(x) = d.items.borrow().get(i).cloned() else {
                break;
            };
            let found = x.is(&a[1]) || vm.eq(&x, &a[1])?;
            if d.state.get() != state {
                return Err(vm.index_error("deque mutated during remove()."));
            }
            if found {
                d.items.borrow_mut().remove(i);
                d.bump();
                return Ok(Value::None);
            }
            i += 1;
        }
        Err(vm.value_error(format!("{} is not in deque", vm.repr(&a[1])?)))
    }),
    ("reverse", |vm, a, _| {
        no_args(vm, a, "reverse")?;
        let d = this(vm, a, "reverse")?;
        d.items.borrow_mut().make_contiguous().reverse();
        Ok(Value::None)
    }),
    ("__len__", |vm, a, _| {
        Ok(Value::Int(this(vm, a, "__len__")?.len() as i64))
    }),
    ("__contains__", |vm, a, _| {
        one_arg(vm, a, "__contains__")?;
        let d = this(vm, a, "__contains__")?;
        let state = d.state.get();
        for x in d.snapshot() {
            let found = x.is(&a[1]) || vm.eq(&x, &a[1])?;
            d.check(vm, state)?;
            if found {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }),
    ("__getitem__", |vm, a, _| {
        one_arg(vm, a, "__getitem__")?;
        let d = this(vm, a, "__getitem__")?;
        let i = position(vm, &a[1], d.len())?;
        d.get(i)
            .ok_or_else(|| vm.index_error("deque index out of range"))
    }),
    ("__setitem__", |vm, a, _| {
        if a.len() != 3 {
            return Err(vm.type_error("expected 2 arguments"));
        }
        let d = this(vm, a, "__setitem__")?;
        let i = position(vm, &a[1], d.len())?;
        let old = d
            .items
            .borrow_mut()
            .get_mut(i)
            .map(|slot| std::mem::replace(slot, a[2].clone()));
        drop(old);
        Ok(Value::None)
    }),
    ("__delitem__", |vm, a, _| {
        one_arg(vm, a, "__delitem__")?;
        let d = this(vm, a, "__delitem__")?;
        let i = position(vm, &a[1], d.len())?;
        let old = d.items.borrow_mut().remove(i);
        d.bump();
        drop(old);
        Ok(Value::None)
    }),
    ("__iter__", |vm, a, _| make_iter(vm, a, false)),
    ("__reversed__", |vm, a, _| make_iter(vm, a, true)),
    ("__repr__", |vm, a, _| {
        let d = this(vm, a, "__repr__")?;
        let Some(_guard) = ReprGuard::enter(vm, &a[0]) else {
            return Ok(Value::str("[...]"));
        };
        let mut body = String::new();
        for (i, x) in d.snapshot().iter().enumerate() {
            if i > 0 {
                body.push_str(", ");
            }
            body.push_str(&vm.repr(x)?);
        }
        let name = vm.type_name(&a[0]);
        Ok(Value::str(match d.maxlen.get() {
            Some(m) => format!("{name}([{body}], maxlen={m})"),
            None => format!("{name}([{body}])"),
        }))
    }),
    ("__eq__", |vm, a, _| compare(vm, a, CmpOp::Eq)),
    ("__ne__", |vm, a, _| compare(vm, a, CmpOp::NotEq)),
    ("__lt__", |vm, a, _| compare(vm, a, CmpOp::Lt)),
    ("__le__", |vm, a, _| compare(vm, a, CmpOp::LtE)),
    ("__gt__", |vm, a, _| compare(vm, a, CmpOp::Gt)),
    ("__ge__", |vm, a, _| compare(vm, a, CmpOp::GtE)),
    ("__add__", |vm, a, _| {
        one_arg(vm, a, "__add__")?;
        this(vm, a, "__add__")?;
        if data_of::<Deque>(&a[1]).is_none() {
            return Err(vm.type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                vm.type_name(&a[1])
            )));
        }
        let new = copy(vm, &a[0])?;
        if let Some(d) = data_of::<Deque>(&new) {
            extend(vm, d, &a[1], false)?;
        }
        Ok(new)
    }),
    ("__iadd__", |vm, a, _| {
        one_arg(vm, a, "__iadd__")?;
        extend(vm, this(vm, a, "__iadd__")?, &a[1], false)?;
        Ok(a[0].clone())
    }),
    ("__mul__", |vm, a, _| {
        one_arg(vm, a, "__mul__")?;
        this(vm, a, "__mul__")?;
        let n = times(vm, &a[1])?;
        let new = copy(vm, &a[0])?;
        if let Some(d) = data_of::<Deque>(&new) {
            repeat(vm, d, n)?;
        }
        Ok(new)
    }),
    ("__rmul__", |vm, a, _| {
        one_arg(vm, a, "__rmul__")?;
        this(vm, a, "__rmul__")?;
        let n = times(vm, &a[1])?;
        let new = copy(vm, &a[0])?;
        if let Some(d) = data_of::<Deque>(&new) {
            repeat(vm, d, n)?;
        }
        Ok(new)
    }),
    ("__imul__", |vm, a, _| {
        one_arg(vm, a, "__imul__")?;
        let d = this(vm, a, "__imul__")?;
        let n = times(vm, &a[1])?;
        repeat(vm, d, n)?;
        Ok(a[0].clone())
    }),
];

fn this<'a>(vm: &Vm, a: &'a [Value], method: &str) -> R<&'a Deque> {
    recv::<Deque>(vm, a, TNAME, method)
}

fn one_arg(vm: &Vm, a: &[Value], name: &str) -> R<()> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn no_args(vm: &Vm, a: &[Value], name: &str) -> R<()> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

fn deque_new(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let base = class(vm);
    let c = new_class_arg(vm, a, &base)?;
    Ok(Instance::with_data(c.clone(), Deque::new()))
}

/// `deque(iterable=(), maxlen=None)`.
fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let d = this(vm, a, "__init__")?;
    let given = a.len() - 1 + kw.len();
    if given > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({given} given)")));
    }
    only_kwargs(vm, "deque", kw, &["iterable", "maxlen"])?;
    let mut iterable = a.get(1).cloned();
    let mut maxlen = a.get(2).cloned();
    for (k, v) in kw {
        let slot = if k.as_str() == "iterable" {
            &mut iterable
        } else {
            &mut maxlen
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{k}') and position ({})",
                if k.as_str() == "iterable" { 1 } else { 2 }
            )));
        }
        *slot = Some(v.clone());
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) => Some(n),
        Some(Value::Bool(b)) => Some(b as i64),
        Some(Value::BigInt(_)) => {
            return Err(vm.overflow("Python int too large to convert to C ssize_t"))
        }
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    if let Some(n) = maxlen {
        if n < 0 {
            return Err(vm.value_error("maxlen must be non-negative"));
        }
    }
    d.maxlen.set(maxlen.map(|n| n as usize));
    if d.len() > 0 {
        let old = std::mem::take(&mut *d.items.borrow_mut());
        d.bump();
        drop(old);
    }
    if let Some(src) = iterable {
        extend(vm, d, &src, false)?;
    }
    Ok(Value::None)
}

fn maxlen(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let d = this(vm, a, "maxlen")?;
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

fn extend(vm: &'static Vm, d: &Deque, src: &Value, left: bool) -> R<()> {
    let items = match data_of::<Deque>(src) {
        // Extending a deque by itself: what it holds now.
        Some(other) if std::ptr::eq(other, d) => d.snapshot(),
        _ => {
            let it = vm.iter(src)?;
            while let Some(x) = vm.next(&it)? {
                if left {
                    d.appendleft(x);
                } else {
                    d.append(x);
                }
            }
            return Ok(());
        }
    };
    for x in items {
        if left {
            d.appendleft(x);
        } else {
            d.append(x);
        }
    }
    Ok(())
}

/// A copy of the same class and maxlen.
fn copy(vm: &'static Vm, v: &Value) -> R<Value> {
    let Some(d) = data_of::<Deque>(v) else {
        return Err(
            vm.type_error("descriptor 'copy' for 'collections.deque' objects doesn't apply")
        );
    };
    let class = vm.type_of(v);
    if registered("collections.deque").is_some_and(|c| Rc::ptr_eq(&c, &class)) {
        let new = Deque::new();
        new.maxlen.set(d.maxlen.get());
        *new.items.borrow_mut() = d.items.borrow().clone();
        return Ok(Instance::with_data(class, new));
    }
    let mut args = vec![v.clone()];
    if let Some(m) = d.maxlen.get() {
        args.push(Value::Int(m as i64));
    }
    vm.call(&Value::Class(class), Args::new(args))
}

/// `copy.deepcopy(d, memo)`: a new deque of the same class and maxlen,
/// remembered in `memo` before its items are copied.
fn deepcopy(vm: &'static Vm, v: &Value, memo: &Value) -> R<Value> {
    let Some(d) = data_of::<Deque>(v) else {
        return Err(
            vm.type_error("descriptor '__deepcopy__' requires a 'collections.deque' object")
        );
    };
    let copy_module = vm.import_module("copy")?;
    let deep = vm.getattr(&copy_module, &Name::new("deepcopy"))?;
    let mut args = vec![Value::tuple(Vec::new())];
    if let Some(m) = d.maxlen.get() {
        args.push(Value::Int(m as i64));
    }
    let new = vm.call(&Value::Class(vm.type_of(v)), Args::new(args))?;
    if !memo.is_none() {
        let id = vm.builtins.dict.borrow().get(&Name::new("id")).cloned();
        if let Some(id) = id {
            let key = vm.call(&id, Args::new(vec![v.clone()]))?;
            vm.setitem(memo, key, new.clone())?;
        }
    }
    for item in d.snapshot() {
        let c = vm.call(&deep, Args::new(vec![item, memo.clone()]))?;
        vm.call_method(&new, &Name::new("append"), Args::new(vec![c]))?;
    }
    Ok(new)
}

fn times(vm: &'static Vm, n: &Value) -> R<i64> {
    match vm.index_of(n)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        ))),
    }
}

fn repeat(vm: &Vm, d: &Deque, n: i64) -> R<()> {
    let items = d.snapshot();
    if n <= 0 || items.is_empty() {
        if !items.is_empty() {
            d.items.borrow_mut().clear();
            d.bump();
        }
        return Ok(());
    }
    let keep = d.maxlen.get().unwrap_or(usize::MAX);
    let total = (items.len() as u64).saturating_mul(n as u64);
    let total = total.min(keep as u64);
    if total > 1 << 28 {
        return Err(vm.new_exc(&vm.t.memory_error, ""));
    }
    // The last `total` items of the repetition.
    let len = items.len();
    let mut out = VecDeque::with_capacity(total as usize);
    // The repetition has len * n items; its last `total` start at
    // (len * n - total) mod len.
    let start = (len - (total % len as u64) as usize) % len;
    for k in 0..total as usize {
        out.push_back(items[(start + k) % len].clone());
    }
    *d.items.borrow_mut() = out;
    d.bump();
    Ok(())
}

/// A deque index, checked.
fn position(vm: &'static Vm, index: &Value, len: usize) -> R<usize> {
    let i = match index {
        Value::BigInt(_) => return Err(vm.index_error("deque index out of range")),
        _ => match vm.index_of(index)? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "sequence index must be integer, not '{}'",
                    vm.type_name(index)
                )))
            }
        },
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn compare(vm: &'static Vm, a: &[Value], op: CmpOp) -> R<Value> {
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let x = this(vm, a, "__eq__")?;
    let Some(y) = data_of::<Deque>(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (xs, ys) = (x.snapshot(), y.snapshot());
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && xs.len() != ys.len() {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    for (p, q) in xs.iter().zip(&ys) {
        if p.is(q) || vm.eq(p, q)? {
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::Bool(false)),
            CmpOp::NotEq => Ok(Value::Bool(true)),
            _ => vm.rich_compare(op, p, q),
        };
    }
    let o = xs.len().cmp(&ys.len());
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match op {
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        _ => o != Less,
    }))
}

fn make_iter(vm: &'static Vm, a: &[Value], reverse: bool) -> R<Value> {
    let d = this(vm, a, if reverse { "__reversed__" } else { "__iter__" })?;
    let key = if reverse {
        "collections._deque_reverse_iterator"
    } else {
        "collections._deque_iterator"
    };
    let Some(class) = registered(key) else {
        return Err(vm.type_error("deque iterator type missing"));
    };
    Ok(Instance::with_data(
        class,
        DequeIter {
            deque: a[0].clone(),
            index: Cell::new(0),
            counter: Cell::new(d.len()),
            state: d.state.get(),
            reverse,
        },
    ))
}

fn iter_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let it = recv::<DequeIter>(vm, a, "_collections._deque_iterator", "__next__")?;
    let Some(d) = data_of::<Deque>(&it.deque) else {
        return Err(vm.stop_iteration(Value::None));
    };
    if d.state.get() != it.state {
        it.counter.set(0);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    let i = it.index.get();
    if i >= it.counter.get() {
        return Err(vm.stop_iteration(Value::None));
    }
    let len = d.len();
    let j = if it.reverse {
        len.checked_sub(i + 1)
    } else {
        Some(i)
    };
    match j.and_then(|j| d.get(j)) {
        Some(v) => {
            it.index.set(i + 1);
            Ok(v)
        }
        None => Err(vm.stop_iteration(Value::None)),
    }
}
