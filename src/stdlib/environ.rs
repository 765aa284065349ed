//! `os.environ`: CPython's `os._Environ`, a mutable mapping of str to str
//! over a dict of the environment read at startup. Stores check their
//! types as CPython does ("str expected, not int") and change the process
//! environment too (putenv), so `os.getenv` and child code see them.

use super::arity;
use super::collections::{data_of, new_type};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

struct Environ {
    data: Value,
}

pub fn environ(vm: &'static Vm) -> Value {
    let mut env = Dict::new();
    for (k, v) in std::env::vars() {
        env.set_str(&k, Value::str(v));
    }
    let class = new_type(vm, "_Environ", "os", METHODS, None);
    class
        .dict
        .borrow_mut()
        .insert(Name::new("__hash__"), Value::None);
    Instance::with_data(
        class,
        Environ {
            data: Value::dict(env),
        },
    )
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__getitem__", |vm, a, _| {
        arity(vm, "__getitem__", a, 2, 2)?;
        vm.getitem(&data(vm, a)?, &a[1])
    }),
    ("__setitem__", |vm, a, _| {
        arity(vm, "__setitem__", a, 3, 3)?;
        set(vm, &data(vm, a)?, &a[1], &a[2])?;
        Ok(Value::None)
    }),
    ("__delitem__", |vm, a, _| {
        arity(vm, "__delitem__", a, 2, 2)?;
        delete(vm, &data(vm, a)?, &a[1])?;
        Ok(Value::None)
    }),
    ("__contains__", |vm, a, _| delegate(vm, a, "__contains__")),
    ("__len__", |vm, a, _| delegate(vm, a, "__len__")),
    // Over a snapshot of the keys, as CPython's `list(self._data)`.
    ("__iter__", |vm, a, _| {
        let keys = vm.to_vec(&data(vm, a)?)?;
        vm.iter(&Value::list(keys))
    }),
    ("__eq__", |vm, a, _| delegate(vm, a, "__eq__")),
    ("keys", |vm, a, _| delegate(vm, a, "keys")),
    ("values", |vm, a, _| delegate(vm, a, "values")),
    ("items", |vm, a, _| delegate(vm, a, "items")),
    ("get", |vm, a, _| delegate(vm, a, "get")),
    ("copy", |vm, a, _| delegate(vm, a, "copy")),
    ("__repr__", |vm, a, _| {
        let d = data(vm, a)?;
        let mut parts = Vec::new();
        for (k, v) in dict_items(vm, &d)? {
            parts.push(format!("{}: {}", vm.repr(&k)?, vm.repr(&v)?));
        }
        Ok(Value::str(format!("environ({{{}}})", parts.join(", "))))
    }),
    ("setdefault", |vm, a, _| {
        arity(vm, "setdefault", a, 3, 3)?;
        let d = data(vm, a)?;
        if !vm.contains(&d, &a[1])? {
            set(vm, &d, &a[1], &a[2])?;
        }
        vm.getitem(&d, &a[1])
    }),
    ("pop", |vm, a, _| {
        arity(vm, "pop", a, 2, 3)?;
        let d = data(vm, a)?;
        match vm.getitem(&d, &a[1]) {
            Ok(v) => {
                delete(vm, &d, &a[1])?;
                Ok(v)
            }
            Err(e) if a.len() == 3 && vm.exc_is(&e, &vm.t.key_error) => Ok(a[2].clone()),
            Err(e) => Err(e),
        }
    }),
    ("update", |vm, a, kw| {
        arity(vm, "update", a, 1, 2)?;
        let d = data(vm, a)?;
        // MutableMapping.update: a mapping's keys, or key/value pairs, each
        // stored as it comes.
        if let Some(other) = a.get(1) {
            if matches!(other, Value::Dict(_)) || vm.getattr(other, &Name::new("keys")).is_ok() {
                for k in vm.to_vec(other)? {
                    let v = vm.getitem(other, &k)?;
                    set(vm, &d, &k, &v)?;
                }
            } else {
                for pair in vm.to_vec(other)? {
                    if let [k, v] = vm.unpack(&pair, 2, None)?.as_slice() {
                        set(vm, &d, k, v)?;
                    }
                }
            }
        }
        for (k, v) in kw {
            set(vm, &d, &Value::str(k.as_str()), v)?;
        }
        Ok(Value::None)
    }),
    ("clear", |vm, a, _| {
        let d = data(vm, a)?;
        for k in vm.to_vec(&d)? {
            delete(vm, &d, &k)?;
        }
        Ok(Value::None)
    }),
];

fn data(vm: &Vm, a: &[Value]) -> R<Value> {
    match a.first().and_then(data_of::<Environ>) {
        Some(e) => Ok(e.data.clone()),
        None => Err(vm.type_error("descriptor requires an 'os._Environ' object")),
    }
}

/// The same method of the dict underneath, with the other arguments.
fn delegate(vm: &'static Vm, a: &[Value], name: &str) -> R<Value> {
    let d = data(vm, a)?;
    let m = vm.getattr(&d, &Name::new(name))?;
    vm.call(&m, Args::new(a[1..].to_vec()))
}

fn dict_items(vm: &'static Vm, d: &Value) -> R<Vec<(Value, Value)>> {
    let mut out = Vec::new();
    for k in vm.to_vec(d)? {
        let v = vm.getitem(d, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// CPython's `check_str`, for keys and values alike.
fn check_str<'a>(vm: &Vm, v: &'a Value) -> R<&'a str> {
    match v {
        Value::Str(s) => Ok(&s.text),
        other => Err(vm.type_error(format!("str expected, not {}", vm.type_name(other)))),
    }
}

fn set(vm: &'static Vm, d: &Value, k: &Value, v: &Value) -> R<()> {
    let (key, value) = (check_str(vm, k)?, check_str(vm, v)?);
    if key.is_empty() || key.contains(['=', '\0']) || value.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(key, value);
    vm.setitem(d, k.clone(), v.clone())
}

fn delete(vm: &'static Vm, d: &Value, k: &Value) -> R<()> {
    let key = check_str(vm, k)?;
    if !key.is_empty() && !key.contains(['=', '\0']) {
        std::env::remove_var(key);
    }
    vm.delitem(d, k)
}

/// `os.getenv(key, default=None)`: CPython's `environ.get(key, default)`.
pub fn getenv(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "getenv", a, 1, 2)?;
    super::str_arg(vm, "getenv", &a[0])?;
    let os = vm.import_module("os")?;
    let environ = vm.getattr(&os, &Name::new("environ"))?;
    let get = vm.getattr(&environ, &Name::new("get"))?;
    let default = a.get(1).cloned().unwrap_or(Value::None);
    vm.call(&get, Args::new(vec![a[0].clone(), default]))
}
