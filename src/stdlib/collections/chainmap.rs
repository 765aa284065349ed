//! collections.ChainMap: a class derived from collections.abc's
//! MutableMapping (whose mixins give it keys/items/values views, update,
//! setdefault...) keeping its list of mappings in the instance's `maps`
//! attribute, as CPython's does.

use std::rc::Rc;

use super::super::{arity, builtin};
use super::{
    abc, derive, native_dict, register, registered, set_class_attr, unwrapping, ReprGuard,
};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

pub fn class(vm: &'static Vm) -> R<Rc<Class>> {
    if let Some(c) = registered("collections.ChainMap") {
        return Ok(c);
    }
    let base = abc::hidden(vm, "MutableMapping")?;
    let class = derive(vm, &base, "ChainMap", "collections", METHODS)?;
    set_class_attr(&class, "__init__", unwrapping("__init__", init));
    set_class_attr(
        &class,
        "parents",
        Value::Property(Rc::new(Property {
            fget: builtin("parents", |vm, a, _| {
                arity(vm, "parents", a, 1, 1)?;
                let maps = maps(vm, &a[0])?;
                let class = Value::Class(vm.type_of(&a[0]));
                vm.call(&class, Args::new(maps.into_iter().skip(1).collect()))
            }),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })),
    );
    set_class_attr(
        &class,
        "fromkeys",
        Value::ClassMethod(Rc::new(builtin("fromkeys", |vm, a, _| {
            arity(vm, "fromkeys", a, 2, 3)?;
            let v = a.get(2).cloned().unwrap_or(Value::None);
            let mut d = Dict::new();
            for k in vm.to_vec(&a[1])? {
                vm.dict_set(&mut d, k, v.clone())?;
            }
            vm.call(&a[0], Args::new(vec![Value::dict(d)]))
        }))),
    );
    super::generic(&class);
    register("collections.ChainMap", &class);
    Ok(class)
}

fn maps_name() -> Name {
    Name::new("maps")
}

/// `ChainMap(*maps)`: runs on the instance itself (it has no built-in
/// value inside).
fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if let Some((k, _)) = kw.first() {
        return Err(vm.type_error(format!(
            "ChainMap.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    let Some(this) = a.first() else {
        return Err(vm.type_error("ChainMap.__init__() needs an instance"));
    };
    let maps: Vec<Value> = if a.len() > 1 {
        a[1..].to_vec()
    } else {
        vec![Value::dict(Dict::new())]
    };
    vm.setattr(this, &maps_name(), Value::list(maps))?;
    Ok(Value::None)
}

fn maps(vm: &'static Vm, this: &Value) -> R<Vec<Value>> {
    let m = vm.getattr(this, &maps_name())?;
    vm.to_vec(&m)
}

fn first(vm: &'static Vm, this: &Value) -> R<Value> {
    let m = vm.getattr(this, &maps_name())?;
    vm.getitem(&m, &Value::Int(0))
}

fn is_key_error(vm: &Vm, e: &crate::interp::Exc) -> bool {
    vm.exc_is(e, &vm.t.key_error)
}

fn not_in_first(vm: &'static Vm, key: &Value) -> R<crate::interp::Exc> {
    Ok(vm.key_error(Value::str(format!(
        "Key not found in the first mapping: {}",
        vm.repr(key)?
    ))))
}

/// The keys of all maps, first occurrence order as CPython's
/// `__iter__` gives them (built from the last map back).
fn keys(vm: &'static Vm, this: &Value) -> R<Vec<Value>> {
    let mut d = Dict::new();
    for m in maps(vm, this)?.iter().rev() {
        let it = vm.iter(m)?;
        while let Some(k) = vm.next(&it)? {
            vm.dict_set(&mut d, k, Value::None)?;
        }
    }
    let keys = d.iter().map(|e| e.key.clone()).collect();
    Ok(keys)
}

fn is_mapping(vm: &'static Vm, v: &Value) -> bool {
    native_dict(v).is_some() || abc::registered_as(vm, &vm.type_of(v), "Mapping")
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__getitem__", |vm, a, _| {
        arity(vm, "__getitem__", a, 2, 2)?;
        for m in maps(vm, &a[0])? {
            match vm.getitem(&m, &a[1]) {
                Ok(v) => return Ok(v),
                Err(e) if is_key_error(vm, &e) => {}
                Err(e) => return Err(e),
            }
        }
        vm.call_method(&a[0], &vm.n.missing, Args::new(vec![a[1].clone()]))
    }),
    ("__missing__", |vm, a, _| {
        arity(vm, "__missing__", a, 2, 2)?;
        Err(vm.key_error(a[1].clone()))
    }),
    ("get", |vm, a, _| {
        arity(vm, "get", a, 2, 3)?;
        if vm.contains(&a[0], &a[1])? {
            vm.getitem(&a[0], &a[1])
        } else {
            Ok(a.get(2).cloned().unwrap_or(Value::None))
        }
    }),
    ("__len__", |vm, a, _| {
        arity(vm, "__len__", a, 1, 1)?;
        Ok(Value::Int(keys(vm, &a[0])?.len() as i64))
    }),
    ("__iter__", |vm, a, _| {
        arity(vm, "__iter__", a, 1, 1)?;
        let k = keys(vm, &a[0])?;
        vm.iter(&Value::list(k))
    }),
    ("__contains__", |vm, a, _| {
        arity(vm, "__contains__", a, 2, 2)?;
        for m in maps(vm, &a[0])? {
            if vm.contains(&m, &a[1])? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }),
    ("__bool__", |vm, a, _| {
        arity(vm, "__bool__", a, 1, 1)?;
        for m in maps(vm, &a[0])? {
            if vm.truthy(&m)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }),
    ("__repr__", |vm, a, _| {
        arity(vm, "__repr__", a, 1, 1)?;
        let Some(_guard) = ReprGuard::enter(vm, &a[0]) else {
            return Ok(Value::str("..."));
        };
        let mut parts = Vec::new();
        for m in maps(vm, &a[0])? {
            parts.push(vm.repr(&m)?);
        }
        Ok(Value::str(format!(
            "{}({})",
            vm.type_name(&a[0]),
            parts.join(", ")
        )))
    }),
    ("copy", copy),
    ("__copy__", copy),
    ("new_child", |vm, a, kw| {
        arity(vm, "new_child", a, 1, 2)?;
        let m = match a.get(1) {
            None | Some(Value::None) => {
                let mut d = Dict::new();
                for (k, v) in kw {
                    vm.dict_set(&mut d, Value::str(k.as_str()), v.clone())?;
                }
                Value::dict(d)
            }
            Some(m) => {
                if !kw.is_empty() {
                    let mut d = Dict::new();
                    for (k, v) in kw {
                        vm.dict_set(&mut d, Value::str(k.as_str()), v.clone())?;
                    }
                    vm.call_method(m, &Name::new("update"), Args::new(vec![Value::dict(d)]))?;
                }
                m.clone()
            }
        };
        let mut args = vec![m];
        args.extend(maps(vm, &a[0])?);
        let class = Value::Class(vm.type_of(&a[0]));
        vm.call(&class, Args::new(args))
    }),
    ("__setitem__", |vm, a, _| {
        arity(vm, "__setitem__", a, 3, 3)?;
        let m = first(vm, &a[0])?;
        vm.setitem(&m, a[1].clone(), a[2].clone())?;
        Ok(Value::None)
    }),
    ("__delitem__", |vm, a, _| {
        arity(vm, "__delitem__", a, 2, 2)?;
        let m = first(vm, &a[0])?;
        match vm.delitem(&m, &a[1]) {
            Ok(()) => Ok(Value::None),
            Err(e) if is_key_error(vm, &e) => Err(not_in_first(vm, &a[1])?),
            Err(e) => Err(e),
        }
    }),
    ("popitem", |vm, a, _| {
        arity(vm, "popitem", a, 1, 1)?;
        let m = first(vm, &a[0])?;
        match vm.call_method(&m, &Name::new("popitem"), Args::default()) {
            Err(e) if is_key_error(vm, &e) => {
                Err(vm.key_error(Value::str("No keys found in the first mapping.")))
            }
            other => other,
        }
    }),
    ("pop", |vm, a, _| {
        arity(vm, "pop", a, 2, 3)?;
        let m = first(vm, &a[0])?;
        match vm.call_method(&m, &Name::new("pop"), Args::new(a[1..].to_vec())) {
            Err(e) if is_key_error(vm, &e) => Err(not_in_first(vm, &a[1])?),
            other => other,
        }
    }),
    ("clear", |vm, a, _| {
        arity(vm, "clear", a, 1, 1)?;
        let m = first(vm, &a[0])?;
        vm.call_method(&m, &Name::new("clear"), Args::default())
    }),
    ("__ior__", |vm, a, _| {
        arity(vm, "__ior__", a, 2, 2)?;
        let m = first(vm, &a[0])?;
        vm.call_method(&m, &Name::new("update"), Args::new(vec![a[1].clone()]))?;
        Ok(a[0].clone())
    }),
    ("__or__", |vm, a, _| {
        arity(vm, "__or__", a, 2, 2)?;
        if !is_mapping(vm, &a[1]) {
            return Ok(Value::NotImplemented);
        }
        let new = copy(vm, &a[..1], &[])?;
        let m = first(vm, &new)?;
        vm.call_method(&m, &Name::new("update"), Args::new(vec![a[1].clone()]))?;
        Ok(new)
    }),
    ("__ror__", |vm, a, _| {
        arity(vm, "__ror__", a, 2, 2)?;
        if !is_mapping(vm, &a[1]) {
            return Ok(Value::NotImplemented);
        }
        let mut d = Dict::new();
        vm.dict_update(&mut d, &a[1], false)?;
        for m in maps(vm, &a[0])?.iter().rev() {
            vm.dict_update(&mut d, m, false)?;
        }
        let class = Value::Class(vm.type_of(&a[0]));
        vm.call(&class, Args::new(vec![Value::dict(d)]))
    }),
];

/// `self.__class__(self.maps[0].copy(), *self.maps[1:])`.
fn copy(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "copy", a, 1, 1)?;
    let maps = maps(vm, &a[0])?;
    let mut args = Vec::with_capacity(maps.len());
    for (i, m) in maps.into_iter().enumerate() {
        if i == 0 {
            args.push(vm.call_method(&m, &Name::new("copy"), Args::default())?);
        } else {
            args.push(m);
        }
    }
    let class = Value::Class(vm.type_of(&a[0]));
    vm.call(&class, Args::new(args))
}
