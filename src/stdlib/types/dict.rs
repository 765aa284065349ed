//! The methods of dict, and its views.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::{add_methods, arity};
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn install(vm: &'static Vm) {
    add_methods(
        &vm.t.dict,
        &[
            ("get", |vm, a, _| {
                arity(vm, "get", a, 2, 3)?;
                let d = this(vm, a)?;
                Ok(vm
                    .dict_get(d, &a[1])?
                    .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
            }),
            ("keys", |vm, a, _| view(vm, a, DictView::Keys)),
            ("values", |vm, a, _| view(vm, a, DictView::Values)),
            ("items", |vm, a, _| view(vm, a, DictView::Items)),
            ("pop", |vm, a, _| {
                arity(vm, "pop", a, 2, 3)?;
                let d = this(vm, a)?;
                match vm.dict_remove(d, &a[1])? {
                    Some(v) => Ok(v),
                    None => match a.get(2) {
                        Some(default) => Ok(default.clone()),
                        None => Err(vm.key_error(a[1].clone())),
                    },
                }
            }),
            ("popitem", |vm, a, _| {
                arity(vm, "popitem", a, 1, 1)?;
                let d = this(vm, a)?;
                let last = d.borrow().last_index();
                match last.and_then(|i| d.borrow_mut().remove_at(i)) {
                    Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
                    None => Err(vm.new_exc(&vm.t.key_error, "popitem(): dictionary is empty")),
                }
            }),
            ("setdefault", |vm, a, _| {
                arity(vm, "setdefault", a, 2, 3)?;
                let d = this(vm, a)?;
                if let Some(v) = vm.dict_get(d, &a[1])? {
                    return Ok(v);
                }
                let v = a.get(2).cloned().unwrap_or(Value::None);
                vm.dict_insert(d, a[1].clone(), v.clone())?;
                Ok(v)
            }),
            ("update", |vm, a, kw| update(vm, "update", a, kw)),
            ("__init__", |vm, a, kw| update(vm, "dict", a, kw)),
            ("clear", |vm, a, _| {
                this(vm, a)?.borrow_mut().clear();
                Ok(Value::None)
            }),
            ("copy", |vm, a, _| {
                Ok(Value::dict(this(vm, a)?.borrow().copy()))
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
            ("__delitem__", |vm, a, _| {
                arity(vm, "__delitem__", a, 2, 2)?;
                vm.delitem(&a[0], &a[1])?;
                Ok(Value::None)
            }),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
        ],
    );
    // dict.fromkeys is a classmethod.
    vm.t.dict.dict.borrow_mut().insert(
        Name::new("fromkeys"),
        Value::ClassMethod(Rc::new(super::super::builtin("fromkeys", |vm, a, _| {
            arity(vm, "fromkeys", a, 2, 3)?;
            let v = a.get(2).cloned().unwrap_or(Value::None);
            let mut d = Dict::new();
            for k in vm.to_vec(&a[1])? {
                vm.dict_set(&mut d, k, v.clone())?;
            }
            Ok(Value::dict(d))
        }))),
    );
    for view_class in [&vm.t.dict_keys, &vm.t.dict_values, &vm.t.dict_items] {
        add_methods(
            view_class,
            &[
                ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
                ("__iter__", |vm, a, _| vm.iter(&a[0])),
                ("isdisjoint", |vm, a, _| {
                    arity(vm, "isdisjoint", a, 2, 2)?;
                    for x in vm.to_vec(&a[1])? {
                        if vm.contains(&a[0], &x)? {
                            return Ok(Value::Bool(false));
                        }
                    }
                    Ok(Value::Bool(true))
                }),
            ],
        );
    }
}

/// `d.update(src, **kw)`, which is also what `dict.__init__` does.
fn update(vm: &'static Vm, name: &str, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    arity(vm, name, a, 1, 2)?;
    let d = this(vm, a)?;
    let mut copy = d.borrow().copy();
    if let Some(src) = a.get(1) {
        vm.dict_update(&mut copy, src, false)?;
    }
    for (k, v) in kw {
        vm.dict_set(&mut copy, Value::str(k.as_str()), v.clone())?;
    }
    *d.borrow_mut() = copy;
    Ok(Value::None)
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> R<&'a Rc<RefCell<Dict>>> {
    match a.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn view(vm: &'static Vm, a: &[Value], kind: DictView) -> R<Value> {
    arity(vm, "keys", a, 1, 1)?;
    let d = this(vm, a)?;
    Ok(Value::View(Rc::new(ViewObj {
        dict: d.clone(),
        kind,
    })))
}
