//! collections.Counter: a Python-level subclass of dict (the counts live
//! in the dict inside the instance) with builtin methods written after
//! CPython's Lib/collections/__init__.py.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::builtins::sort_values;
use super::super::{arity, builtin, kwarg};
use super::{derive, dict_instance, dict_items, native_dict, register, registered, unwrapping};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp};

pub fn class(vm: &'static Vm) -> R<Rc<Class>> {
    if let Some(c) = registered("collections.Counter") {
        return Ok(c);
    }
    let class = derive(
        vm,
        &vm.t.dict,
        "Counter",
        "collections",
        &[
            ("__missing__", |vm, a, _| {
                arity(vm, "__missing__", a, 2, 2)?;
                Ok(Value::Int(0))
            }),
            ("__delitem__", |vm, a, _| {
                arity(vm, "__delitem__", a, 2, 2)?;
                let d = this(vm, a)?;
                vm.dict_remove(&d, &a[1])?;
                Ok(Value::None)
            }),
            ("most_common", most_common),
            ("elements", elements),
            ("update", |vm, a, kw| {
                check_update_args(vm, "update", a)?;
                let d = this(vm, a)?;
                update(vm, &d, a.get(1), kw, false)?;
                Ok(Value::None)
            }),
            ("subtract", |vm, a, kw| {
                check_update_args(vm, "subtract", a)?;
                let d = this(vm, a)?;
                update(vm, &d, a.get(1), kw, true)?;
                Ok(Value::None)
            }),
            ("total", |vm, a, _| {
                arity(vm, "total", a, 1, 1)?;
                let d = this(vm, a)?;
                let mut sum = Value::Int(0);
                for (_, v) in dict_items(&d) {
                    sum = vm.binary(BinOp::Add, &sum, &v)?;
                }
                Ok(sum)
            }),
            ("copy", copy),
            ("__copy__", copy),
            ("__repr__", repr),
            ("__eq__", |vm, a, _| {
                compare(vm, a, |vm, x, y| vm.eq(x, y), Value::Bool(false))
            }),
            ("__ne__", |vm, a, _| {
                let r = compare(vm, a, |vm, x, y| vm.eq(x, y), Value::Bool(false))?;
                Ok(match r {
                    Value::Bool(b) => Value::Bool(!b),
                    other => other,
                })
            }),
            ("__le__", |vm, a, _| {
                compare(vm, a, |vm, x, y| cmp(vm, CmpOp::LtE, x, y), Value::None)
            }),
            ("__ge__", |vm, a, _| {
                compare(vm, a, |vm, x, y| cmp(vm, CmpOp::GtE, x, y), Value::None)
            }),
            ("__lt__", |vm, a, _| strict(vm, a, CmpOp::LtE)),
            ("__gt__", |vm, a, _| strict(vm, a, CmpOp::GtE)),
            ("__add__", |vm, a, _| combine(vm, a, Combine::Add)),
            ("__sub__", |vm, a, _| combine(vm, a, Combine::Sub)),
            ("__or__", |vm, a, _| combine(vm, a, Combine::Or)),
            ("__and__", |vm, a, _| combine(vm, a, Combine::And)),
            // Counter defines no reflected operators; these keep the
            // interpreter from handing the right operand's plain dict to
            // the left one's operator.
            ("__radd__", |_, _, _| Ok(Value::NotImplemented)),
            ("__rsub__", |_, _, _| Ok(Value::NotImplemented)),
            ("__rand__", |_, _, _| Ok(Value::NotImplemented)),
            ("__ror__", |vm, a, _| {
                // dict | Counter: dict's union, as dict.__ror__ makes it.
                arity(vm, "__ror__", a, 2, 2)?;
                let (Some(x), Some(y)) = (native_dict(&a[1]), native_dict(&a[0])) else {
                    return Ok(Value::NotImplemented);
                };
                if super::is_a(vm, &a[1], "collections.Counter") {
                    return Ok(Value::NotImplemented);
                }
                let mut d = x.borrow().copy();
                vm.dict_update(&mut d, &Value::Dict(y), false)?;
                Ok(Value::dict(d))
            }),
            ("__pos__", |vm, a, _| sign(vm, a, false)),
            ("__neg__", |vm, a, _| sign(vm, a, true)),
            ("__iadd__", |vm, a, _| inplace(vm, a, Combine::Add)),
            ("__isub__", |vm, a, _| inplace(vm, a, Combine::Sub)),
            ("__ior__", |vm, a, _| inplace(vm, a, Combine::Or)),
            ("__iand__", |vm, a, _| inplace(vm, a, Combine::And)),
        ],
    )?;
    {
        let mut d = class.dict.borrow_mut();
        d.insert(vm.n.init.clone(), unwrapping("__init__", init));
        d.insert(
            Name::new("fromkeys"),
            Value::ClassMethod(Rc::new(builtin("fromkeys", |vm, _, _| {
                Err(vm.new_exc(
                    &vm.t.not_implemented_error,
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                ))
            }))),
        );
    }
    super::generic(&class);
    register("collections.Counter", &class);
    Ok(class)
}

fn this(vm: &Vm, a: &[Value]) -> R<Rc<RefCell<Dict>>> {
    a.first()
        .and_then(native_dict)
        .ok_or_else(|| vm.type_error("descriptor requires a 'Counter' object"))
}

fn check_update_args(vm: &Vm, name: &str, a: &[Value]) -> R<()> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Counter.{name}() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    Ok(())
}

/// `Counter(iterable=None, /, **kwds)`: runs on the dict inside.
fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let d = this(vm, a)?;
    update(vm, &d, a.get(1), kw, false)?;
    Ok(Value::None)
}

/// Is `v` a mapping for update()/subtract() (a dict, a ChainMap, or
/// anything with `keys` and `__getitem__`)?
fn is_mapping(vm: &'static Vm, v: &Value) -> bool {
    if native_dict(v).is_some() || super::is_a(vm, v, "collections.ChainMap") {
        return true;
    }
    matches!(v, Value::Instance(i)
        if super::abc::registered_as(vm, &i.class, "Mapping"))
}

/// The count of `key` (0 when absent).
fn count_of(vm: &'static Vm, d: &RefCell<Dict>, key: &Value) -> R<Value> {
    Ok(vm.dict_get(d, key)?.unwrap_or(Value::Int(0)))
}

/// Adds `delta` (an int) to the count of `key`.
fn bump(vm: &'static Vm, d: &RefCell<Dict>, key: Value, delta: i64) -> R<()> {
    if let Some(i) = vm.dict_find(d, &key)? {
        let old = d.borrow().entry(i).map(|e| e.value.clone());
        if let Some(Value::Int(n)) = old {
            if let Some(m) = n.checked_add(delta) {
                d.borrow_mut().set_value(i, Value::Int(m));
                return Ok(());
            }
        }
    }
    let old = count_of(vm, d, &key)?;
    let new = vm.binary(BinOp::Add, &old, &Value::Int(delta))?;
    vm.dict_insert(d, key, new)
}

/// update() (`negate` false) and subtract() (`negate` true).
fn update(
    vm: &'static Vm,
    d: &RefCell<Dict>,
    src: Option<&Value>,
    kw: &[(Name, Value)],
    negate: bool,
) -> R<()> {
    if let Some(src) = src.filter(|s| !s.is_none()) {
        if is_mapping(vm, src) {
            let pairs: Vec<(Value, Value)> = match native_dict(src) {
                Some(sd) => dict_items(&sd),
                None => {
                    let mut out = Vec::new();
                    for k in vm.mapping_keys(src)? {
                        let v = vm.getitem(src, &k)?;
                        out.push((k, v));
                    }
                    out
                }
            };
            if !negate && d.borrow().is_empty() {
                for (k, v) in pairs {
                    vm.dict_insert(d, k, v)?;
                }
            } else {
                let op = if negate { BinOp::Sub } else { BinOp::Add };
                for (k, v) in pairs {
                    let old = count_of(vm, d, &k)?;
                    let new = if negate {
                        vm.binary(op, &old, &v)?
                    } else {
                        vm.binary(op, &v, &old)?
                    };
                    vm.dict_insert(d, k, new)?;
                }
            }
        } else {
            let delta = if negate { -1 } else { 1 };
            let it = vm.iter(src)?;
            while let Some(x) = vm.next(&it)? {
                bump(vm, d, x, delta)?;
            }
        }
    }
    if !kw.is_empty() {
        let mut kd = Dict::new();
        for (k, v) in kw {
            vm.dict_set(&mut kd, Value::str(k.as_str()), v.clone())?;
        }
        update(vm, d, Some(&Value::dict(kd)), &[], negate)?;
    }
    Ok(())
}

/// The (element, count) pairs, most common first (ties in insertion
/// order); `n` of them when given.
fn sorted_items(vm: &'static Vm, d: &RefCell<Dict>, n: Option<i64>) -> R<Vec<Value>> {
    let pairs: Vec<Value> = dict_items(d)
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    if n.is_some_and(|n| n <= 0) {
        return Ok(Vec::new());
    }
    let key = builtin("count", |_, a, _| match a.first() {
        Some(Value::Tuple(t)) => Ok(t.get(1).cloned().unwrap_or(Value::None)),
        _ => Ok(Value::None),
    });
    let mut sorted = sort_values(vm, pairs, Some(&key), true)?;
    if let Some(n) = n {
        sorted.truncate(n as usize);
    }
    Ok(sorted)
}

fn most_common(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "Counter.most_common() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let d = this(vm, a)?;
    let n = match a.get(1).or_else(|| kwarg(kw, "n")) {
        None | Some(Value::None) => None,
        Some(v) => Some(super::super::int_arg(vm, v)?),
    };
    Ok(Value::list(sorted_items(vm, &d, n)?))
}

fn elements(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "elements", a, 1, 1)?;
    let d = this(vm, a)?;
    let pairs: Vec<Value> = dict_items(&d)
        .into_iter()
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    super::super::itertools::elements(vm, Value::list(pairs))
}

fn copy(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "copy", a, 1, 1)?;
    let class = Value::Class(vm.type_of(&a[0]));
    vm.call(&class, Args::new(vec![a[0].clone()]))
}

fn repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__repr__", a, 1, 1)?;
    let d = this(vm, a)?;
    let name = vm.type_name(&a[0]);
    if d.borrow().is_empty() {
        return Ok(Value::str(format!("{name}()")));
    }
    let Some(_guard) = super::ReprGuard::enter(vm, &a[0]) else {
        return Ok(Value::str("..."));
    };
    let body = match sorted_items(vm, &d, None) {
        Ok(items) => {
            let mut nd = Dict::new();
            for item in items {
                if let Value::Tuple(t) = &item {
                    if let [k, v] = &t[..] {
                        vm.dict_set(&mut nd, k.clone(), v.clone())?;
                    }
                }
            }
            vm.repr(&Value::dict(nd))?
        }
        Err(e) if vm.exc_is(&e, &vm.t.type_error) => vm.repr(&Value::Dict(d.clone()))?,
        Err(e) => return Err(e),
    };
    Ok(Value::str(format!("{name}({body})")))
}

fn cmp(vm: &'static Vm, op: CmpOp, x: &Value, y: &Value) -> R<bool> {
    let r = vm.rich_compare(op, x, y)?;
    vm.truthy(&r)
}

/// `all(test(self[e], other[e]) for c in (self, other) for e in c)`; for
/// `==` with a dict that is no Counter, dict equality. `other_default`
/// is what a comparison with a non-Counter gives (None: NotImplemented).
fn compare(
    vm: &'static Vm,
    a: &[Value],
    test: fn(&'static Vm, &Value, &Value) -> R<bool>,
    other_default: Value,
) -> R<Value> {
    arity(vm, "__eq__", a, 2, 2)?;
    let x = this(vm, a)?;
    if !super::is_a(vm, &a[1], "collections.Counter") {
        if other_default.is_none() {
            return Ok(Value::NotImplemented);
        }
        return match native_dict(&a[1]) {
            Some(y) => Ok(Value::Bool(vm.dict_eq(&x, &y)?)),
            None => Ok(Value::NotImplemented),
        };
    }
    let Some(y) = native_dict(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    for c in [&x, &y] {
        let keys: Vec<Value> = c.borrow().iter().map(|e| e.key.clone()).collect();
        for k in keys {
            let p = count_of(vm, &x, &k)?;
            let q = count_of(vm, &y, &k)?;
            if !test(vm, &p, &q)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

/// `<` and `>`: `self <= other and self != other` (and `>=`).
fn strict(vm: &'static Vm, a: &[Value], op: CmpOp) -> R<Value> {
    let weak = compare(
        vm,
        a,
        if op == CmpOp::LtE {
            |vm, x, y| cmp(vm, CmpOp::LtE, x, y)
        } else {
            |vm, x, y| cmp(vm, CmpOp::GtE, x, y)
        },
        Value::None,
    )?;
    match weak {
        Value::Bool(true) => {
            let eq = compare(vm, a, |vm, x, y| vm.eq(x, y), Value::Bool(false))?;
            Ok(Value::Bool(!matches!(eq, Value::Bool(true))))
        }
        other => Ok(other),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Combine {
    Add,
    Sub,
    Or,
    And,
}

fn positive(vm: &'static Vm, v: &Value) -> R<bool> {
    cmp(vm, CmpOp::Gt, v, &Value::Int(0))
}

/// `+ - | &` between Counters: a new Counter of positive counts.
fn combine(vm: &'static Vm, a: &[Value], how: Combine) -> R<Value> {
    arity(vm, "__add__", a, 2, 2)?;
    let x = this(vm, a)?;
    if !super::is_a(vm, &a[1], "collections.Counter") {
        return Ok(Value::NotImplemented);
    }
    let Some(y) = native_dict(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let mut out = Dict::new();
    for (elem, count) in dict_items(&x) {
        let other = count_of(vm, &y, &elem)?;
        let new = match how {
            Combine::Add => vm.binary(BinOp::Add, &count, &other)?,
            Combine::Sub => vm.binary(BinOp::Sub, &count, &other)?,
            Combine::Or => {
                if cmp(vm, CmpOp::Lt, &count, &other)? {
                    other
                } else {
                    count
                }
            }
            Combine::And => {
                if cmp(vm, CmpOp::Lt, &count, &other)? {
                    count
                } else {
                    other
                }
            }
        };
        if positive(vm, &new)? {
            vm.dict_set(&mut out, elem, new)?;
        }
    }
    if how != Combine::And {
        for (elem, count) in dict_items(&y) {
            if vm.dict_get(&x, &elem)?.is_some() {
                continue;
            }
            match how {
                Combine::Sub => {
                    if cmp(vm, CmpOp::Lt, &count, &Value::Int(0))? {
                        let neg = vm.binary(BinOp::Sub, &Value::Int(0), &count)?;
                        vm.dict_set(&mut out, elem, neg)?;
                    }
                }
                _ => {
                    if positive(vm, &count)? {
                        vm.dict_set(&mut out, elem, count)?;
                    }
                }
            }
        }
    }
    new_counter(vm, out)
}

fn new_counter(vm: &'static Vm, d: Dict) -> R<Value> {
    Ok(dict_instance(&class(vm)?, d))
}

/// Unary `+` (positive counts) and `-` (negated negative counts).
fn sign(vm: &'static Vm, a: &[Value], negate: bool) -> R<Value> {
    arity(vm, "__pos__", a, 1, 1)?;
    let x = this(vm, a)?;
    let mut out = Dict::new();
    for (elem, count) in dict_items(&x) {
        if negate {
            if cmp(vm, CmpOp::Lt, &count, &Value::Int(0))? {
                let neg = vm.binary(BinOp::Sub, &Value::Int(0), &count)?;
                vm.dict_set(&mut out, elem, neg)?;
            }
        } else if positive(vm, &count)? {
            vm.dict_set(&mut out, elem, count)?;
        }
    }
    new_counter(vm, out)
}

/// `+= -= |= &=`: in place, then only positive counts are kept.
fn inplace(vm: &'static Vm, a: &[Value], how: Combine) -> R<Value> {
    arity(vm, "__iadd__", a, 2, 2)?;
    let x = this(vm, a)?;
    let other = &a[1];
    let other_items = |vm: &'static Vm| -> R<Vec<(Value, Value)>> {
        let items = vm.call_method(other, &Name::new("items"), Args::default())?;
        let mut out = Vec::new();
        for pair in vm.to_vec(&items)? {
            let kv = vm.to_vec(&pair)?;
            if let [k, v] = &kv[..] {
                out.push((k.clone(), v.clone()));
            }
        }
        Ok(out)
    };
    match how {
        Combine::Add | Combine::Sub => {
            for (elem, count) in other_items(vm)? {
                let old = vm.getitem(&a[0], &elem)?;
                let op = if how == Combine::Add {
                    BinOp::Add
                } else {
                    BinOp::Sub
                };
                let new = vm.inplace(op, &old, &count)?;
                vm.setitem(&a[0], elem, new)?;
            }
        }
        Combine::Or => {
            for (elem, other_count) in other_items(vm)? {
                let count = vm.getitem(&a[0], &elem)?;
                if cmp(vm, CmpOp::Gt, &other_count, &count)? {
                    vm.setitem(&a[0], elem, other_count)?;
                }
            }
        }
        Combine::And => {
            for (elem, count) in dict_items(&x) {
                let other_count = vm.getitem(other, &elem)?;
                if cmp(vm, CmpOp::Lt, &other_count, &count)? {
                    vm.setitem(&a[0], elem, other_count)?;
                }
            }
        }
    }
    // _keep_positive
    for (elem, count) in dict_items(&x) {
        if !positive(vm, &count)? {
            vm.dict_remove(&x, &elem)?;
        }
    }
    Ok(a[0].clone())
}
