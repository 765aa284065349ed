//! bytearray: the mutable bytes type, a stdlib class defined in Rust
//! (`stdlib_class`). Its instances carry a `RefCell<Vec<u8>>`: `__new__`
//! makes it empty and `__init__` fills it, so Python subclasses work as
//! in CPython. Operators reach it through the dunder methods below; the
//! read-only methods are bytes'(bytes.rs).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::super::{arity, builtin, int_arg, stdlib_class};
use super::bytes::{self, byte_value, bytes_like, Kind};
use super::bytes_text::find_in;
use crate::interp::{Vm, R};
use crate::runtime::*;

/// The Rust data of a bytearray.
pub type ByteData = RefCell<Vec<u8>>;

/// The state of an iterator over a bytearray: it sees later changes.
struct ByteIter {
    seq: Value,
    pos: Cell<usize>,
}

thread_local! {
    /// bytearray and its iterator type, for this thread's interpreter.
    static CLASSES: RefCell<Option<(Rc<Class>, Rc<Class>)>> = const { RefCell::new(None) };
}

fn classes() -> Option<(Rc<Class>, Rc<Class>)> {
    CLASSES.with(|c| c.borrow().clone())
}

/// A new bytearray holding `data`.
pub fn new(data: Vec<u8>) -> Value {
    match classes() {
        Some((class, _)) => Instance::with_data(class, RefCell::new(data)),
        None => Value::Bytes(Rc::new(data)),
    }
}

/// Is `c` bytearray itself (not a subclass)?
pub fn is_exact_class(c: &Rc<Class>) -> bool {
    classes().is_some_and(|(class, _)| Rc::ptr_eq(c, &class))
}

/// The data cell of a bytearray (or of a subclass's instance), or of its
/// raw data as a built-in `__init__` receives it.
fn cell(v: &Value) -> Option<&ByteData> {
    match v {
        Value::Instance(i) => i.data::<ByteData>(),
        Value::Opaque(o) => o.0.downcast_ref(),
        _ => None,
    }
}

/// A copy of a bytearray's bytes, if `v` is one.
pub fn data_of(v: &Value) -> Option<Vec<u8>> {
    cell(v).and_then(|c| c.try_borrow().ok()).map(|d| d.clone())
}

/// The receiver's data cell.
fn this<'a>(vm: &Vm, a: &'a [Value], name: &str) -> R<&'a ByteData> {
    match a.first() {
        Some(v) => cell(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'bytearray' object needs an argument"
        ))),
    }
}

fn snapshot(vm: &Vm, a: &[Value], name: &str) -> R<Vec<u8>> {
    let c = this(vm, a, name)?;
    Ok(read(vm, c)?.clone())
}

fn read<'a>(vm: &Vm, c: &'a ByteData) -> R<std::cell::Ref<'a, Vec<u8>>> {
    c.try_borrow()
        .map_err(|_| vm.new_exc(&vm.t.buffer_error, "bytearray is being changed"))
}

fn write<'a>(vm: &Vm, c: &'a ByteData) -> R<std::cell::RefMut<'a, Vec<u8>>> {
    c.try_borrow_mut().map_err(|_| {
        vm.new_exc(
            &vm.t.buffer_error,
            "Existing exports of data: object cannot be re-sized",
        )
    })
}

/// A METH_O method's single argument.
fn one_arg(vm: &Vm, a: &[Value], name: &str) -> R<()> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "bytearray.{name}() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn no_args(vm: &Vm, a: &[Value], name: &str) -> R<()> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "bytearray.{name}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

/// An index into `len` items (negative counts from the end).
fn position(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

fn bad_index(vm: &Vm, index: &Value) -> crate::interp::Exc {
    vm.type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        vm.type_name(index)
    ))
}

fn repeat(vm: &Vm, data: &[u8], n: i64) -> R<Vec<u8>> {
    let n = n.max(0) as u64;
    if (data.len() as u64).saturating_mul(n) > 1 << 32 {
        return Err(vm.new_exc(&vm.t.memory_error, ""));
    }
    let mut out = bytes::alloc(vm, (data.len() as u64).saturating_mul(n))?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

/// A repeat count, or `None` for a value that is not an integer.
fn count(vm: &'static Vm, v: &Value) -> R<Option<i64>> {
    match v {
        Value::BigInt(_) => Err(vm.overflow("cannot fit 'int' into an index-sized integer")),
        _ => vm.index_of(v),
    }
}

/// Does `v` (an instance of a Python class) define `name`? Then a binary
/// operator leaves the decision to it.
fn defers(v: &Value, name: &str) -> bool {
    matches!(v, Value::Instance(i) if cell(v).is_none() && i.class.lookup(&Name::new(name)).is_some())
}

pub fn install(vm: &'static Vm) {
    let mut methods: Vec<(&'static str, BuiltinFn)> = bytes::SHARED.to_vec();
    methods.extend_from_slice(OWN);
    let class = stdlib_class(vm, "bytearray", "builtins", &methods);
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", new_instance))),
        );
        // Called on the data inside the instance (`unwraps_self`), so that
        // the interpreter runs it after `__new__` as it does list's.
        d.insert(
            Name::new("__init__"),
            Value::Builtin(Rc::new(Builtin {
                name: "__init__",
                func: init,
                unwraps_self: true,
                module: None,
            })),
        );
        // No instance dict, as in CPython (subclasses get one).
        d.insert(Name::new("__slots__"), Value::tuple(Vec::new()));
        d.insert(
            Name::new("fromhex"),
            Value::ClassMethod(Rc::new(builtin("fromhex", bytes::fromhex))),
        );
        d.insert(
            Name::new("maketrans"),
            Value::StaticMethod(Rc::new(builtin("maketrans", bytes::maketrans))),
        );
    }
    let iter_class = stdlib_class(
        vm,
        "bytearray_iterator",
        "builtins",
        &[
            ("__next__", iter_next),
            ("__iter__", |_, a, _| {
                Ok(a.first().cloned().unwrap_or(Value::None))
            }),
        ],
    );
    CLASSES.with(|c| *c.borrow_mut() = Some((class.clone(), iter_class)));
    vm.builtins
        .dict
        .borrow_mut()
        .insert(Name::new("bytearray"), Value::Class(class));
}

fn new_instance(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let base = classes().map(|(c, _)| c);
    match (a.first(), base) {
        (Some(Value::Class(c)), Some(base)) if c.is_subclass(&base) => Ok(Instance::with_data(
            c.clone(),
            RefCell::new(Vec::<u8>::new()),
        )),
        (Some(Value::Class(c)), _) => Err(vm.type_error(format!(
            "bytearray.__new__({}): {} is not a subtype of bytearray",
            c.name, c.name
        ))),
        (Some(other), _) => Err(vm.type_error(format!(
            "bytearray.__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
        (None, _) => Err(vm.type_error("bytearray.__new__(): not enough arguments")),
    }
}

fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "__init__")?;
    let data = bytes::construct(vm, "bytearray", a.get(1..).unwrap_or(&[]), kw)?;
    *write(vm, c)? = data;
    Ok(Value::None)
}

fn iter_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let it = match a.first() {
        Some(Value::Instance(i)) => i.data::<ByteIter>(),
        _ => None,
    };
    let Some(it) = it else {
        return Err(vm.type_error("descriptor '__next__' requires a 'bytearray_iterator' object"));
    };
    let pos = it.pos.get();
    let item = cell(&it.seq)
        .and_then(|c| c.try_borrow().ok())
        .and_then(|d| d.get(pos).copied());
    match item {
        Some(b) => {
            it.pos.set(pos + 1);
            Ok(Value::Int(b as i64))
        }
        None => {
            it.pos.set(usize::MAX);
            Err(vm.stop_iteration(Value::None))
        }
    }
}

/// Compares the receiver with a bytes-like object; NotImplemented else.
fn compare(vm: &'static Vm, a: &[Value], ok: fn(std::cmp::Ordering) -> bool) -> R<Value> {
    arity(vm, "comparison", a, 2, 2)?;
    let x = snapshot(vm, a, "__eq__")?;
    Ok(match bytes_like(&a[1]) {
        Some(y) => Value::Bool(ok(x.as_slice().cmp(y.as_slice()))),
        None => Value::NotImplemented,
    })
}

const OWN: &[(&str, BuiltinFn)] = &[
    ("__repr__", |vm, a, _| {
        let data = snapshot(vm, a, "__repr__")?;
        let name = match a.first() {
            Some(Value::Instance(i)) => i.class.name.to_string(),
            _ => "bytearray".to_string(),
        };
        Ok(Value::str(format!(
            "{name}({})",
            crate::runtime::format::bytes_repr(&data)
        )))
    }),
    ("__len__", |vm, a, _| {
        let c = this(vm, a, "__len__")?;
        Ok(Value::Int(read(vm, c)?.len() as i64))
    }),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", |vm, a, _| {
        this(vm, a, "__iter__")?;
        match (classes(), a.first()) {
            (Some((_, it)), Some(seq)) => Ok(Instance::with_data(
                it,
                ByteIter {
                    seq: seq.clone(),
                    pos: Cell::new(0),
                },
            )),
            _ => Err(vm.type_error("bytearray is not installed")),
        }
    }),
    ("__contains__", |vm, a, _| {
        arity(vm, "__contains__", a, 2, 2)?;
        let data = snapshot(vm, a, "__contains__")?;
        if let Some(sub) = bytes_like(&a[1]) {
            return Ok(Value::Bool(find_in(&data, &sub).is_some()));
        }
        match vm.index_of(&a[1])? {
            Some(i) => {
                let b = byte_value(vm, i)?;
                Ok(Value::Bool(data.contains(&b)))
            }
            None => Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&a[1])
            ))),
        }
    }),
    ("__eq__", |vm, a, _| compare(vm, a, |o| o.is_eq())),
    ("__ne__", |vm, a, _| compare(vm, a, |o| o.is_ne())),
    ("__lt__", |vm, a, _| compare(vm, a, |o| o.is_lt())),
    ("__le__", |vm, a, _| compare(vm, a, |o| o.is_le())),
    ("__gt__", |vm, a, _| compare(vm, a, |o| o.is_gt())),
    ("__ge__", |vm, a, _| compare(vm, a, |o| o.is_ge())),
    ("__add__", |vm, a, _| {
        arity(vm, "__add__", a, 2, 2)?;
        let mut data = snapshot(vm, a, "__add__")?;
        match bytes_like(&a[1]) {
            Some(other) => {
                data.extend_from_slice(&other);
                Ok(new(data))
            }
            None if defers(&a[1], "__radd__") => Ok(Value::NotImplemented),
            None => {
                Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1]))))
            }
        }
    }),
    ("__radd__", |vm, a, _| {
        arity(vm, "__radd__", a, 2, 2)?;
        let data = snapshot(vm, a, "__radd__")?;
        // bytes + bytearray is bytes.
        match bytes_like(&a[1]) {
            Some(other) => {
                let mut out = other.to_vec();
                out.extend_from_slice(&data);
                Ok(if cell(&a[1]).is_some() {
                    new(out)
                } else {
                    Value::Bytes(Rc::new(out))
                })
            }
            None => Ok(Value::NotImplemented),
        }
    }),
    ("__iadd__", |vm, a, _| {
        arity(vm, "__iadd__", a, 2, 2)?;
        let c = this(vm, a, "__iadd__")?;
        match bytes_like(&a[1]) {
            Some(other) => {
                write(vm, c)?.extend_from_slice(&other);
                Ok(a[0].clone())
            }
            None => {
                Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1]))))
            }
        }
    }),
    ("__mul__", |vm, a, _| {
        arity(vm, "__mul__", a, 2, 2)?;
        let data = snapshot(vm, a, "__mul__")?;
        match count(vm, &a[1])? {
            Some(n) => Ok(new(repeat(vm, &data, n)?)),
            None if defers(&a[1], "__rmul__") => Ok(Value::NotImplemented),
            None => Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(&a[1])
            ))),
        }
    }),
    ("__rmul__", |vm, a, _| {
        arity(vm, "__rmul__", a, 2, 2)?;
        let data = snapshot(vm, a, "__rmul__")?;
        match count(vm, &a[1])? {
            Some(n) => Ok(new(repeat(vm, &data, n)?)),
            None if matches!(a[1], Value::Instance(_)) => Ok(Value::NotImplemented),
            None => {
                let seq = matches!(
                    a[1],
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                );
                let name = if seq { &a[0] } else { &a[1] };
                Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.type_name(name)
                )))
            }
        }
    }),
    ("__imul__", |vm, a, _| {
        arity(vm, "__imul__", a, 2, 2)?;
        let c = this(vm, a, "__imul__")?;
        match count(vm, &a[1])? {
            Some(n) => {
                let data = read(vm, c)?.clone();
                *write(vm, c)? = repeat(vm, &data, n)?;
                Ok(a[0].clone())
            }
            None => Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(&a[1])
            ))),
        }
    }),
    ("append", |vm, a, _| {
        one_arg(vm, a, "append")?;
        let c = this(vm, a, "append")?;
        let b = byte_value(vm, int_arg(vm, &a[1])?)?;
        write(vm, c)?.push(b);
        Ok(Value::None)
    }),
    ("extend", |vm, a, _| {
        one_arg(vm, a, "extend")?;
        let c = this(vm, a, "extend")?;
        let items = match bytes_like(&a[1]) {
            Some(b) => b.to_vec(),
            None => {
                let it = match vm.iter(&a[1]) {
                    Ok(it) => it,
                    Err(e) if vm.exc_is(&e, &vm.t.type_error) => {
                        return Err(vm.type_error(format!(
                            "can't extend bytearray with {}",
                            vm.type_name(&a[1])
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(x) = vm.next(&it)? {
                    out.push(byte_value(vm, int_arg(vm, &x)?)?);
                }
                out
            }
        };
        write(vm, c)?.extend_from_slice(&items);
        Ok(Value::None)
    }),
    ("pop", |vm, a, _| {
        arity(vm, "pop", a.get(1..).unwrap_or(&[]), 0, 1)?;
        let c = this(vm, a, "pop")?;
        let i = match a.get(1) {
            Some(v) => bytes::size_arg(vm, v, false)?,
            None => -1,
        };
        let mut d = write(vm, c)?;
        if d.is_empty() {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        match position(i, d.len()) {
            Some(j) => Ok(Value::Int(d.remove(j) as i64)),
            None => Err(vm.index_error("pop index out of range")),
        }
    }),
    ("insert", |vm, a, _| {
        arity(vm, "insert", a.get(1..).unwrap_or(&[]), 2, 2)?;
        let c = this(vm, a, "insert")?;
        let i = bytes::size_arg(vm, &a[1], false)?;
        let b = byte_value(vm, int_arg(vm, &a[2])?)?;
        let mut d = write(vm, c)?;
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(at as usize, b);
        Ok(Value::None)
    }),
    ("remove", |vm, a, _| {
        one_arg(vm, a, "remove")?;
        let c = this(vm, a, "remove")?;
        let b = byte_value(vm, int_arg(vm, &a[1])?)?;
        let mut d = write(vm, c)?;
        match d.iter().position(|&x| x == b) {
            Some(j) => {
                d.remove(j);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    }),
    ("clear", |vm, a, _| {
        no_args(vm, a, "clear")?;
        write(vm, this(vm, a, "clear")?)?.clear();
        Ok(Value::None)
    }),
    ("copy", |vm, a, _| {
        no_args(vm, a, "copy")?;
        Ok(new(snapshot(vm, a, "copy")?))
    }),
    ("reverse", |vm, a, _| {
        no_args(vm, a, "reverse")?;
        write(vm, this(vm, a, "reverse")?)?.reverse();
        Ok(Value::None)
    }),
];

fn getitem(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__getitem__", a, 2, 2)?;
    let c = this(vm, a, "__getitem__")?;
    if let Value::Slice(sl) = &a[1] {
        let len = read(vm, c)?.len();
        let (start, _, step, n) = vm.slice_indices(sl, len)?;
        let d = read(vm, c)?;
        let out = (0..n as i64)
            .filter_map(|k| usize::try_from(start + k * step).ok())
            .filter_map(|j| d.get(j).copied())
            .collect();
        return Ok(Kind::Array.wrap(out));
    }
    match vm.index_of(&a[1])? {
        Some(i) => {
            let d = read(vm, c)?;
            match position(i, d.len()).and_then(|j| d.get(j)) {
                Some(&b) => Ok(Value::Int(b as i64)),
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        None => Err(bad_index(vm, &a[1])),
    }
}

/// What a slice assignment puts in: bytes, or an iterable of ints.
fn slice_source(vm: &'static Vm, v: &Value) -> R<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    let number = match v {
        Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::Str(_) => true,
        Value::Instance(i) => ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| i.class.lookup(&Name::new(n)).is_some()),
        _ => false,
    };
    if number {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    bytes::construct(vm, "bytearray", std::slice::from_ref(v), &[])
}

fn setitem(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__setitem__", a, 3, 3)?;
    let c = this(vm, a, "__setitem__")?;
    if let Value::Slice(sl) = &a[1] {
        let new = slice_source(vm, &a[2])?;
        let len = read(vm, c)?.len();
        let (start, stop, step, n) = vm.slice_indices(sl, len)?;
        let mut d = write(vm, c)?;
        if step == 1 {
            let lo = (start.max(0) as usize).min(d.len());
            let hi = (stop.max(start).max(0) as usize).clamp(lo, d.len());
            d.splice(lo..hi, new);
            return Ok(Value::None);
        }
        if new.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        for (k, b) in new.into_iter().enumerate() {
            let j = start + k as i64 * step;
            if let Some(slot) = usize::try_from(j).ok().and_then(|j| d.get_mut(j)) {
                *slot = b;
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = vm.index_of(&a[1])? else {
        return Err(bad_index(vm, &a[1]));
    };
    let b = byte_value(vm, int_arg(vm, &a[2])?)?;
    let mut d = write(vm, c)?;
    let len = d.len();
    match position(i, len).and_then(|j| d.get_mut(j)) {
        Some(slot) => {
            *slot = b;
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

fn delitem(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__delitem__", a, 2, 2)?;
    let c = this(vm, a, "__delitem__")?;
    if let Value::Slice(sl) = &a[1] {
        let len = read(vm, c)?.len();
        let (start, _, step, n) = vm.slice_indices(sl, len)?;
        let mut gone = vec![false; len];
        for k in 0..n as i64 {
            if let Some(g) = usize::try_from(start + k * step)
                .ok()
                .and_then(|j| gone.get_mut(j))
            {
                *g = true;
            }
        }
        let mut d = write(vm, c)?;
        let mut j = 0;
        d.retain(|_| {
            let keep = !gone.get(j).copied().unwrap_or(false);
            j += 1;
            keep
        });
        return Ok(Value::None);
    }
    let Some(i) = vm.index_of(&a[1])? else {
        return Err(bad_index(vm, &a[1]));
    };
    let mut d = write(vm, c)?;
    match position(i, d.len()) {
        Some(j) => {
            d.remove(j);
            Ok(Value::None)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}
