//! The methods of set and frozenset.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::{add_methods, arity};
use crate::interp::{Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;

pub fn install(vm: &'static Vm) {
    add_methods(
        &vm.t.set,
        &[
            ("add", |vm, a, _| {
                arity(vm, "add", a, 2, 2)?;
                vm.set_add_shared(this(vm, a)?, a[1].clone())?;
                Ok(Value::None)
            }),
            ("remove", |vm, a, _| {
                arity(vm, "remove", a, 2, 2)?;
                if !vm.set_discard_shared(this(vm, a)?, &a[1])? {
                    return Err(vm.key_error(a[1].clone()));
                }
                Ok(Value::None)
            }),
            ("discard", |vm, a, _| {
                arity(vm, "discard", a, 2, 2)?;
                vm.set_discard_shared(this(vm, a)?, &a[1])?;
                Ok(Value::None)
            }),
            ("pop", |vm, a, _| {
                arity(vm, "pop", a, 1, 1)?;
                match this(vm, a)?.borrow_mut().pop() {
                    Some(v) => Ok(v),
                    None => Err(vm.new_exc(&vm.t.key_error, "pop from an empty set")),
                }
            }),
            ("clear", |vm, a, _| {
                this(vm, a)?.borrow_mut().clear();
                Ok(Value::None)
            }),
            ("update", |vm, a, _| in_place(vm, a, BinOp::BitOr)),
            ("__init__", |vm, a, kw| {
                super::super::no_kwargs(vm, "set", kw)?;
                arity(vm, "set", a, 1, 2)?;
                this(vm, a)?.borrow_mut().clear();
                if a.len() == 2 {
                    in_place(vm, a, BinOp::BitOr)?;
                }
                Ok(Value::None)
            }),
            ("intersection_update", |vm, a, _| {
                in_place(vm, a, BinOp::BitAnd)
            }),
            ("difference_update", |vm, a, _| in_place(vm, a, BinOp::Sub)),
            ("symmetric_difference_update", |vm, a, _| {
                in_place(vm, a, BinOp::BitXor)
            }),
            ("copy", |vm, a, _| {
                Ok(Value::Set(Rc::new(RefCell::new(
                    this(vm, a)?.borrow().clone(),
                ))))
            }),
            ("union", |vm, a, _| combine(vm, a, BinOp::BitOr)),
            ("intersection", |vm, a, _| combine(vm, a, BinOp::BitAnd)),
            ("difference", |vm, a, _| combine(vm, a, BinOp::Sub)),
            ("symmetric_difference", |vm, a, _| {
                combine(vm, a, BinOp::BitXor)
            }),
            ("issubset", |vm, a, _| relation(vm, a, true)),
            ("issuperset", |vm, a, _| relation(vm, a, false)),
            ("isdisjoint", isdisjoint),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
    add_methods(
        &vm.t.frozenset,
        &[
            ("copy", |_, a, _| Ok(a[0].clone())),
            ("union", |vm, a, _| combine(vm, a, BinOp::BitOr)),
            ("intersection", |vm, a, _| combine(vm, a, BinOp::BitAnd)),
            ("difference", |vm, a, _| combine(vm, a, BinOp::Sub)),
            ("symmetric_difference", |vm, a, _| {
                combine(vm, a, BinOp::BitXor)
            }),
            ("issubset", |vm, a, _| relation(vm, a, true)),
            ("issuperset", |vm, a, _| relation(vm, a, false)),
            ("isdisjoint", isdisjoint),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> R<&'a Rc<RefCell<Set>>> {
    match a.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

/// Any iterable as a set value (for the methods that accept iterables).
fn as_set(vm: &'static Vm, v: &Value) -> R<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => vm.build_set(vm.to_vec(other)?),
    }
}

fn combine(vm: &'static Vm, a: &[Value], op: BinOp) -> R<Value> {
    let mut acc = match &a[0] {
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        other => other.clone(),
    };
    for other in &a[1..] {
        let other = as_set(vm, other)?;
        acc = vm.set_binary(op, &acc, &other)?.unwrap_or(acc);
    }
    Ok(acc)
}

fn in_place(vm: &'static Vm, a: &[Value], op: BinOp) -> R<Value> {
    let s = this(vm, a)?;
    let r = combine(vm, a, op)?;
    if let Some(new) = vm.set_of(&r) {
        *s.borrow_mut() = new;
    }
    Ok(Value::None)
}

fn relation(vm: &'static Vm, a: &[Value], subset: bool) -> R<Value> {
    arity(vm, "issubset", a, 2, 2)?;
    let x = vm.set_of(&a[0]).unwrap_or_default();
    let y = vm.set_of(&as_set(vm, &a[1])?).unwrap_or_default();
    Ok(Value::Bool(if subset {
        vm.is_subset(&x, &y)?
    } else {
        vm.is_subset(&y, &x)?
    }))
}

fn isdisjoint(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "isdisjoint", a, 2, 2)?;
    let x = vm.set_of(&a[0]).unwrap_or_default();
    for k in vm.to_vec(&a[1])? {
        if vm.set_contains(&x, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
