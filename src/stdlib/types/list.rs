//! The methods of list and tuple.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::builtins::sort_values;
use super::super::{add_methods, arity, int_arg, kwarg, only_kwargs};
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn install(vm: &'static Vm) {
    add_methods(
        &vm.t.list,
        &[
            ("append", |vm, a, _| {
                arity(vm, "append", a, 2, 2)?;
                this(vm, a)?.borrow_mut().push(a[1].clone());
                Ok(Value::None)
            }),
            ("__init__", |vm, a, kw| {
                super::super::no_kwargs(vm, "list", kw)?;
                arity(vm, "list", a, 1, 2)?;
                let items = match a.get(1) {
                    Some(src) => vm.to_vec(src)?,
                    None => Vec::new(),
                };
                *this(vm, a)?.borrow_mut() = items;
                Ok(Value::None)
            }),
            ("extend", |vm, a, _| {
                arity(vm, "extend", a, 2, 2)?;
                let l = this(vm, a)?;
                let items = vm.to_vec(&a[1])?;
                l.borrow_mut().extend(items);
                Ok(Value::None)
            }),
            ("insert", |vm, a, _| {
                arity(vm, "insert", a, 3, 3)?;
                let l = this(vm, a)?;
                let i = int_arg(vm, &a[1])?;
                let mut items = l.borrow_mut();
                let n = items.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                items.insert(at as usize, a[2].clone());
                Ok(Value::None)
            }),
            ("pop", |vm, a, _| {
                arity(vm, "pop", a, 1, 2)?;
                let l = this(vm, a)?;
                let mut items = l.borrow_mut();
                if items.is_empty() {
                    return Err(vm.index_error("pop from empty list"));
                }
                let n = items.len() as i64;
                let i = match a.get(1) {
                    Some(v) => int_arg(vm, v)?,
                    None => -1,
                };
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(vm.index_error("pop index out of range"));
                }
                Ok(items.remove(j as usize))
            }),
            ("remove", |vm, a, _| {
                arity(vm, "remove", a, 2, 2)?;
                let l = this(vm, a)?;
                let items = l.borrow().clone();
                for (i, x) in items.iter().enumerate() {
                    if x.is(&a[1]) || vm.eq(x, &a[1])? {
                        l.borrow_mut().remove(i);
                        return Ok(Value::None);
                    }
                }
                Err(vm.value_error("list.remove(x): x not in list"))
            }),
            ("index", |vm, a, _| index(vm, a, "list")),
            ("count", count),
            ("sort", |vm, a, kw| {
                only_kwargs(vm, "sort", kw, &["key", "reverse"])?;
                arity(vm, "sort", a, 1, 1)?;
                let l = this(vm, a)?;
                let items = std::mem::take(&mut *l.borrow_mut());
                let reverse = match kwarg(kw, "reverse") {
                    Some(r) => vm.truthy(r)?,
                    None => false,
                };
                let result = sort_values(vm, items.clone(), kwarg(kw, "key"), reverse);
                let mut cur = l.borrow_mut();
                if !cur.is_empty() {
                    *cur = items;
                    return Err(vm.value_error("list modified during sort"));
                }
                match result {
                    Ok(sorted) => {
                        *cur = sorted;
                        Ok(Value::None)
                    }
                    Err(e) => {
                        *cur = items;
                        Err(e)
                    }
                }
            }),
            ("reverse", |vm, a, _| {
                this(vm, a)?.borrow_mut().reverse();
                Ok(Value::None)
            }),
            ("copy", |vm, a, _| {
                Ok(Value::list(this(vm, a)?.borrow().clone()))
            }),
            ("clear", |vm, a, _| {
                this(vm, a)?.borrow_mut().clear();
                Ok(Value::None)
            }),
            ("__len__", |vm, a, _| {
                Ok(Value::Int(this(vm, a)?.borrow().len() as i64))
            }),
            ("__getitem__", |vm, a, _| {
                arity(vm, "__getitem__", a, 2, 2)?;
                vm.getitem(&a[0], &a[1])
            }),
            ("__setitem__", |vm, a, _| {
                arity(vm, "__setitem__", a, 3, 3)?;
                vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
                Ok(Value::None)
            }),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
    add_methods(
        &vm.t.tuple,
        &[
            ("index", |vm, a, _| index(vm, a, "tuple")),
            ("count", count),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__getitem__", |vm, a, _| {
                arity(vm, "__getitem__", a, 2, 2)?;
                vm.getitem(&a[0], &a[1])
            }),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> R<&'a Rc<RefCell<Vec<Value>>>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn items(vm: &'static Vm, v: &Value) -> R<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        other => vm.to_vec(other),
    }
}

fn index(vm: &'static Vm, a: &[Value], what: &str) -> R<Value> {
    arity(vm, "index", a, 2, 4)?;
    let items = items(vm, &a[0])?;
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> R<i64> {
        Ok(match v {
            None => d,
            Some(v) => {
                let i = int_arg(vm, v)?;
                if i < 0 {
                    (i + n).max(0)
                } else {
                    i.min(n)
                }
            }
        })
    };
    let start = norm(a.get(2), 0)?;
    let end = norm(a.get(3), n)?;
    for i in start..end {
        let x = &items[i as usize];
        if x.is(&a[1]) || vm.eq(x, &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(vm.value_error(if what == "list" {
        format!("{} is not in list", vm.repr(&a[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    }))
}

fn count(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "count", a, 2, 2)?;
    let mut n = 0;
    for x in items(vm, &a[0])? {
        if x.is(&a[1]) || vm.eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
