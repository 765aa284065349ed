//! A small `collections.abc`. Each ABC (Mapping, Sequence, Iterable,
//! Callable...) is an instance of `ABCMeta` carrying a real class behind
//! it: `isinstance`/`issubclass` reach its `__instancecheck__`, which knows
//! the built-in types, classes derived from the ABC, classes given to
//! `register()` and, for the one-method ABCs (Iterable, Sized, ...), any
//! class defining the method. `class M(Mapping)` derives from the real
//! class (`__mro_entries__`), which supplies the mixin methods of
//! Mapping, MutableMapping, Sequence, MutableSequence and Iterator.
//! Abstract methods are not enforced at instantiation.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::{arity, kwarg, new_module};
use super::{data_of, new_type, register, registered};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

/// An ABC: its name, the class behind it, and the classes registered
/// with it.
struct Abc {
    name: &'static str,
    class: Rc<Class>,
    registered: RefCell<Vec<Rc<Class>>>,
}

/// (name, bases, methods a class must define to count as one, mixins).
type Spec = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [(&'static str, BuiltinFn)],
);

const SPECS: &[Spec] = &[
    ("Hashable", &[], &["__hash__"], &[]),
    ("Awaitable", &[], &["__await__"], &[]),
    (
        "Coroutine",
        &["Awaitable"],
        &["__await__", "send", "throw", "close"],
        &[],
    ),
    ("AsyncIterable", &[], &["__aiter__"], &[]),
    (
        "AsyncIterator",
        &["AsyncIterable"],
        &["__aiter__", "__anext__"],
        &[],
    ),
    (
        "AsyncGenerator",
        &["AsyncIterator"],
        &["__aiter__", "__anext__", "asend", "athrow", "aclose"],
        &[],
    ),
    ("Iterable", &[], &["__iter__"], &[]),
    (
        "Iterator",
        &["Iterable"],
        &["__iter__", "__next__"],
        &[("__iter__", |_, a, _| {
            Ok(a.first().cloned().unwrap_or(Value::None))
        })],
    ),
    (
        "Reversible",
        &["Iterable"],
        &["__reversed__", "__iter__"],
        &[],
    ),
    (
        "Generator",
        &["Iterator"],
        &["__iter__", "__next__", "send", "throw", "close"],
        &[],
    ),
    ("Sized", &[], &["__len__"], &[]),
    ("Container", &[], &["__contains__"], &[]),
    ("Callable", &[], &["__call__"], &[]),
    (
        "Collection",
        &["Sized", "Iterable", "Container"],
        &["__len__", "__iter__", "__contains__"],
        &[],
    ),
    ("Set", &["Collection"], &[], &[]),
    ("MutableSet", &["Set"], &[], &[]),
    ("Mapping", &["Collection"], &[], MAPPING),
    ("MutableMapping", &["Mapping"], &[], MUTABLE_MAPPING),
    ("MappingView", &["Sized"], &[], VIEW),
    ("KeysView", &["MappingView", "Set"], &[], VIEW),
    ("ItemsView", &["MappingView", "Set"], &[], VIEW),
    ("ValuesView", &["MappingView", "Collection"], &[], VIEW),
    ("Sequence", &["Reversible", "Collection"], &[], SEQUENCE),
    ("MutableSequence", &["Sequence"], &[], MUTABLE_SEQUENCE),
    ("ByteString", &["Sequence"], &[], &[]),
];

fn abc_of(name: &str) -> Option<Value> {
    ABCS.with(|a| {
        a.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    })
}

thread_local! {
    static ABCS: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// The class behind the ABC `name`.
pub fn hidden(vm: &'static Vm, name: &str) -> R<Rc<Class>> {
    ensure(vm)?;
    abc_of(name)
        .and_then(|v| data_of::<Abc>(&v).map(|a| a.class.clone()))
        .ok_or_else(|| vm.type_error(format!("no ABC {name}")))
}

/// Is `class` an `name` (derived, registered, built in or structural)?
pub fn registered_as(vm: &'static Vm, class: &Rc<Class>, name: &str) -> bool {
    if ensure(vm).is_err() {
        return false;
    }
    match abc_of(name) {
        Some(v) => data_of::<Abc>(&v).is_some_and(|a| check(vm, a, class)),
        None => false,
    }
}

fn ensure(vm: &'static Vm) -> R<()> {
    if registered("collections.abc.ABCMeta").is_some() {
        return Ok(());
    }
    let meta = new_type(
        vm,
        "ABCMeta",
        "abc",
        &[
            ("__instancecheck__", |vm, a, _| {
                arity(vm, "__instancecheck__", a, 2, 2)?;
                let abc = this(vm, a)?;
                Ok(Value::Bool(check(vm, abc, &vm.type_of(&a[1]))))
            }),
            ("__subclasscheck__", |vm, a, _| {
                arity(vm, "__subclasscheck__", a, 2, 2)?;
                let abc = this(vm, a)?;
                match &a[1] {
                    Value::Class(c) => Ok(Value::Bool(check(vm, abc, c))),
                    Value::Instance(_) if data_of::<Abc>(&a[1]).is_some() => {
                        let other = data_of::<Abc>(&a[1]).map(|o| o.class.clone());
                        Ok(Value::Bool(
                            other.is_some_and(|o| o.is_subclass(&abc.class)),
                        ))
                    }
                    _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
                }
            }),
            ("__mro_entries__", |vm, a, _| {
                arity(vm, "__mro_entries__", a, 2, 2)?;
                let abc = this(vm, a)?;
                Ok(Value::tuple(vec![Value::Class(abc.class.clone())]))
            }),
            ("__call__", |vm, a, kw| {
                let abc = this(vm, a)?;
                vm.call(
                    &Value::Class(abc.class.clone()),
                    Args {
                        pos: a[1..].to_vec(),
                        kw: kw.to_vec(),
                    },
                )
            }),
            ("register", |vm, a, _| {
                arity(vm, "register", a, 2, 2)?;
                let abc = this(vm, a)?;
                match &a[1] {
                    Value::Class(c) => {
                        abc.registered.borrow_mut().push(c.clone());
                        Ok(a[1].clone())
                    }
                    _ => Err(vm.type_error("Can only register classes")),
                }
            }),
            ("__repr__", |vm, a, _| {
                let abc = this(vm, a)?;
                Ok(Value::str(format!(
                    "<class 'collections.abc.{}'>",
                    abc.name
                )))
            }),
            ("__getitem__", |vm, a, _| {
                arity(vm, "__getitem__", a, 2, 2)?;
                let abc = this(vm, a)?;
                Ok(vm.generic_alias(&Value::Class(abc.class.clone()), &a[1]))
            }),
            ("__getattr__", |vm, a, _| {
                arity(vm, "__getattr__", a, 2, 2)?;
                let abc = this(vm, a)?;
                let name = match &a[1] {
                    Value::Str(s) => Name::new(&s.text),
                    _ => return Err(vm.type_error("attribute name must be string")),
                };
                vm.getattr(&Value::Class(abc.class.clone()), &name)
            }),
        ],
        None,
    );
    register("collections.abc.ABCMeta", &meta);
    let mut made: Vec<(&'static str, Rc<Class>)> = Vec::new();
    for (name, bases, _, mixins) in SPECS {
        let bases: Vec<Rc<Class>> = bases
            .iter()
            .filter_map(|b| made.iter().find(|(n, _)| n == b).map(|(_, c)| c.clone()))
            .collect();
        let mut attrs = Attrs::default();
        super::super::add_fns(&mut attrs, mixins);
        attrs.insert(vm.n.module.clone(), Value::str("collections.abc"));
        attrs.insert(vm.n.slots.clone(), Value::tuple(Vec::new()));
        if *name == "Mapping" {
            attrs.insert(vm.n.reversed.clone(), Value::None);
        }
        let class = crate::interp::types::new_class(vm, Name::new(name), bases, attrs)?;
        made.push((name, class.clone()));
        let abc = Instance::with_data(
            meta.clone(),
            Abc {
                name,
                class,
                registered: RefCell::new(Vec::new()),
            },
        );
        if let Value::Instance(i) = &abc {
            let mut d = i.dict.borrow_mut();
            d.insert(vm.n.name.clone(), Value::str(*name));
            d.insert(vm.n.qualname.clone(), Value::str(*name));
            d.insert(vm.n.module.clone(), Value::str("collections.abc"));
        }
        ABCS.with(|a| a.borrow_mut().push((name, abc)));
    }
    Ok(())
}

pub fn module(vm: &'static Vm) -> R<Value> {
    ensure(vm)?;
    let m = new_module("collections.abc");
    {
        let mut d = m.dict.borrow_mut();
        let mut all = Vec::new();
        ABCS.with(|a| {
            for (name, v) in a.borrow().iter() {
                d.insert(Name::new(name), v.clone());
                all.push(Value::str(*name));
            }
        });
        d.insert(Name::new("__all__"), Value::list(all));
    }
    Ok(Value::Module(m))
}

fn this<'a>(vm: &Vm, a: &'a [Value]) -> R<&'a Abc> {
    a.first()
        .and_then(data_of::<Abc>)
        .ok_or_else(|| vm.type_error("descriptor requires an 'ABCMeta' object"))
}

/// The ABCs each built-in type is (the most derived ones).
fn native_abcs(vm: &'static Vm, c: &Rc<Class>) -> &'static [&'static str] {
    let t = &vm.t;
    let is = |k: &Rc<Class>| Rc::ptr_eq(c, k);
    if is(&t.list) {
        &["MutableSequence"]
    } else if is(&t.tuple) || is(&t.str) || is(&t.range) {
        &["Sequence", "Hashable"]
    } else if is(&t.bytes) {
        &["ByteString", "Hashable"]
    } else if is(&t.dict) {
        &["MutableMapping", "Reversible"]
    } else if is(&t.set) {
        &["MutableSet"]
    } else if is(&t.frozenset) {
        &["Set", "Hashable"]
    } else if is(&t.dict_keys) {
        &["KeysView", "Reversible"]
    } else if is(&t.dict_items) {
        &["ItemsView", "Reversible"]
    } else if is(&t.dict_values) {
        &["ValuesView", "Reversible"]
    } else if [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.set_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.reversed,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.callable_iterator,
        &t.file,
    ]
    .iter()
    .any(|k| is(k))
    {
        &["Iterator", "Hashable"]
    } else if is(&t.generator) {
        &["Generator", "Hashable"]
    } else if is(&t.coroutine) {
        &["Coroutine", "Hashable"]
    } else if [&t.function, &t.builtin_function, &t.method, &t.type_]
        .iter()
        .any(|k| is(k))
    {
        &["Callable", "Hashable"]
    } else if registered("collections.deque").is_some_and(|d| is(&d)) {
        &["MutableSequence"]
    } else if let Some(Value::Class(b)) = vm.builtins.dict.borrow().get(&Name::new("bytearray")) {
        if is(b) {
            &["MutableSequence", "ByteString"]
        } else {
            &[]
        }
    } else {
        &[]
    }
}

/// The built-in types whose instances cannot be hashed.
fn unhashable(vm: &'static Vm, c: &Rc<Class>) -> bool {
    let t = &vm.t;
    [&t.list, &t.dict, &t.set, &t.slice]
        .iter()
        .any(|k| Rc::ptr_eq(c, k))
}

fn check(vm: &'static Vm, abc: &Abc, class: &Rc<Class>) -> bool {
    if class.is_subclass(&abc.class) {
        return true;
    }
    // Registered with this ABC or with one derived from it.
    let mut hit = false;
    ABCS.with(|all| {
        for (_, v) in all.borrow().iter() {
            if let Some(other) = data_of::<Abc>(v) {
                if other.class.is_subclass(&abc.class)
                    && other
                        .registered
                        .borrow()
                        .iter()
                        .any(|r| class.is_subclass(r))
                {
                    hit = true;
                }
            }
        }
    });
    if hit {
        return true;
    }
    for c in class.mro_iter() {
        for name in native_abcs(vm, c) {
            let implied = abc_of(name)
                .and_then(|v| data_of::<Abc>(&v).map(|o| o.class.is_subclass(&abc.class)))
                .unwrap_or(false);
            if implied {
                return true;
            }
        }
    }
    let Some((_, _, methods, _)) = SPECS.iter().find(|s| s.0 == abc.name) else {
        return false;
    };
    if methods.is_empty() {
        return false;
    }
    methods.iter().all(|m| defines(vm, class, m))
}

/// Does `class` define `method` (not as None)?
fn defines(vm: &'static Vm, class: &Rc<Class>, method: &str) -> bool {
    let name = Name::new(method);
    for c in class.mro_iter() {
        if let Some(v) = c.dict.borrow().get(&name) {
            return !v.is_none();
        }
        if method == "__hash__" {
            if unhashable(vm, c) {
                return false;
            }
            if Rc::ptr_eq(c, &vm.t.object) || c.layout == Layout::Native {
                return true;
            }
        }
    }
    false
}

// ---- mixin methods ------------------------------------------------------

fn is_key_error(vm: &Vm, e: &crate::interp::Exc) -> bool {
    vm.exc_is(e, &vm.t.key_error)
}

fn mapping_view(vm: &'static Vm, name: &str, m: &Value) -> R<Value> {
    let class = hidden(vm, name)?;
    let v = vm.new_instance(&class, &Args::default());
    if let Value::Instance(i) = &v {
        i.dict.borrow_mut().insert(Name::new("_mapping"), m.clone());
    }
    Ok(v)
}

const MAPPING: &[(&str, BuiltinFn)] = &[
    ("get", |vm, a, _| {
        arity(vm, "get", a, 2, 3)?;
        match vm.getitem(&a[0], &a[1]) {
            Ok(v) => Ok(v),
            Err(e) if is_key_error(vm, &e) => Ok(a.get(2).cloned().unwrap_or(Value::None)),
            Err(e) => Err(e),
        }
    }),
    ("__contains__", |vm, a, _| {
        arity(vm, "__contains__", a, 2, 2)?;
        match vm.getitem(&a[0], &a[1]) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(e) if is_key_error(vm, &e) => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    }),
    ("keys", |vm, a, _| {
        arity(vm, "keys", a, 1, 1)?;
        mapping_view(vm, "KeysView", &a[0])
    }),
    ("items", |vm, a, _| {
        arity(vm, "items", a, 1, 1)?;
        mapping_view(vm, "ItemsView", &a[0])
    }),
    ("values", |vm, a, _| {
        arity(vm, "values", a, 1, 1)?;
        mapping_view(vm, "ValuesView", &a[0])
    }),
    ("__eq__", |vm, a, _| {
        arity(vm, "__eq__", a, 2, 2)?;
        let other = &a[1];
        let is_mapping =
            super::native_dict(other).is_some() || registered_as(vm, &vm.type_of(other), "Mapping");
        if !is_mapping {
            return Ok(Value::NotImplemented);
        }
        let x = to_dict(vm, &a[0])?;
        let y = to_dict(vm, other)?;
        Ok(Value::Bool(vm.eq(&x, &y)?))
    }),
];

/// `dict(m.items())`.
fn to_dict(vm: &'static Vm, m: &Value) -> R<Value> {
    let mut d = Dict::new();
    let items = vm.call_method(m, &Name::new("items"), Args::default())?;
    for pair in vm.to_vec(&items)? {
        let kv = vm.to_vec(&pair)?;
        if let [k, v] = &kv[..] {
            vm.dict_set(&mut d, k.clone(), v.clone())?;
        }
    }
    Ok(Value::dict(d))
}

fn first_key(vm: &'static Vm, m: &Value) -> R<Option<Value>> {
    let it = vm.iter(m)?;
    vm.next(&it)
}

const MUTABLE_MAPPING: &[(&str, BuiltinFn)] = &[
    ("pop", |vm, a, _| {
        arity(vm, "pop", a, 2, 3)?;
        match vm.getitem(&a[0], &a[1]) {
            Ok(v) => {
                vm.delitem(&a[0], &a[1])?;
                Ok(v)
            }
            Err(e) if is_key_error(vm, &e) => match a.get(2) {
                Some(d) => Ok(d.clone()),
                None => Err(e),
            },
            Err(e) => Err(e),
        }
    }),
    ("popitem", |vm, a, _| {
        arity(vm, "popitem", a, 1, 1)?;
        let Some(key) = first_key(vm, &a[0])? else {
            return Err(vm.exc_with_args(&vm.t.key_error, Vec::new()));
        };
        let v = vm.getitem(&a[0], &key)?;
        vm.delitem(&a[0], &key)?;
        Ok(Value::tuple(vec![key, v]))
    }),
    ("clear", |vm, a, _| {
        arity(vm, "clear", a, 1, 1)?;
        while let Some(key) = first_key(vm, &a[0])? {
            vm.delitem(&a[0], &key)?;
        }
        Ok(Value::None)
    }),
    ("update", |vm, a, kw| {
        arity(vm, "update", a, 1, 2)?;
        if let Some(other) = a.get(1) {
            let is_mapping = super::native_dict(other).is_some()
                || registered_as(vm, &vm.type_of(other), "Mapping");
            if is_mapping || vm.hasattr(other, &Name::new("keys"))? {
                for k in vm.mapping_keys(other)? {
                    let v = vm.getitem(other, &k)?;
                    vm.setitem(&a[0], k, v)?;
                }
            } else {
                // `for key, value in other`, with its unpacking errors.
                for pair in vm.to_vec(other)? {
                    if let [k, v] = &vm.unpack(&pair, 2, None)?[..] {
                        vm.setitem(&a[0], k.clone(), v.clone())?;
                    }
                }
            }
        }
        for (k, v) in kw {
            vm.setitem(&a[0], Value::str(k.as_str()), v.clone())?;
        }
        Ok(Value::None)
    }),
    ("setdefault", |vm, a, _| {
        arity(vm, "setdefault", a, 2, 3)?;
        match vm.getitem(&a[0], &a[1]) {
            Ok(v) => Ok(v),
            Err(e) if is_key_error(vm, &e) => {
                let d = a.get(2).cloned().unwrap_or(Value::None);
                vm.setitem(&a[0], a[1].clone(), d.clone())?;
                Ok(d)
            }
            Err(e) => Err(e),
        }
    }),
];

fn view_mapping(vm: &'static Vm, v: &Value) -> R<Value> {
    vm.getattr(v, &Name::new("_mapping"))
}

/// The items a view shows, by the view's class name.
fn view_items(vm: &'static Vm, v: &Value) -> R<Vec<Value>> {
    let m = view_mapping(vm, v)?;
    let keys = {
        let it = vm.iter(&m)?;
        let mut out = Vec::new();
        while let Some(k) = vm.next(&it)? {
            out.push(k);
        }
        out
    };
    let kind = view_kind(vm, v);
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        out.push(match kind {
            "ItemsView" => {
                let val = vm.getitem(&m, &k)?;
                Value::tuple(vec![k, val])
            }
            "ValuesView" => vm.getitem(&m, &k)?,
            _ => k,
        });
    }
    Ok(out)
}

fn view_kind(vm: &'static Vm, v: &Value) -> &'static str {
    let class = vm.type_of(v);
    for name in ["ItemsView", "ValuesView", "KeysView"] {
        if hidden(vm, name).is_ok_and(|h| class.is_subclass(&h)) {
            return name;
        }
    }
    "KeysView"
}

const VIEW: &[(&str, BuiltinFn)] = &[
    ("__init__", |vm, a, _| {
        arity(vm, "__init__", a, 2, 2)?;
        vm.setattr(&a[0], &Name::new("_mapping"), a[1].clone())?;
        Ok(Value::None)
    }),
    ("__len__", |vm, a, _| {
        arity(vm, "__len__", a, 1, 1)?;
        let m = view_mapping(vm, &a[0])?;
        Ok(Value::Int(vm.len(&m)? as i64))
    }),
    ("__iter__", |vm, a, _| {
        arity(vm, "__iter__", a, 1, 1)?;
        let items = view_items(vm, &a[0])?;
        vm.iter(&Value::list(items))
    }),
    ("__contains__", |vm, a, _| {
        arity(vm, "__contains__", a, 2, 2)?;
        let m = view_mapping(vm, &a[0])?;
        match view_kind(vm, &a[0]) {
            "KeysView" => Ok(Value::Bool(vm.contains(&m, &a[1])?)),
            _ => {
                for x in view_items(vm, &a[0])? {
                    if x.is(&a[1]) || vm.eq(&x, &a[1])? {
                        return Ok(Value::Bool(true));
                    }
                }
                Ok(Value::Bool(false))
            }
        }
    }),
    ("__repr__", |vm, a, _| {
        arity(vm, "__repr__", a, 1, 1)?;
        let m = view_mapping(vm, &a[0])?;
        Ok(Value::str(format!(
            "{}({})",
            vm.type_name(&a[0]),
            vm.repr(&m)?
        )))
    }),
];

const SEQUENCE: &[(&str, BuiltinFn)] = &[
    ("__iter__", |vm, a, _| {
        arity(vm, "__iter__", a, 1, 1)?;
        let items = seq_items(vm, &a[0])?;
        vm.iter(&Value::list(items))
    }),
    ("__contains__", |vm, a, _| {
        arity(vm, "__contains__", a, 2, 2)?;
        for x in seq_items(vm, &a[0])? {
            if x.is(&a[1]) || vm.eq(&x, &a[1])? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }),
    ("__reversed__", |vm, a, _| {
        arity(vm, "__reversed__", a, 1, 1)?;
        let n = vm.len(&a[0])?;
        let mut out = Vec::with_capacity(n);
        for i in (0..n).rev() {
            out.push(vm.getitem(&a[0], &Value::Int(i as i64))?);
        }
        vm.iter(&Value::list(out))
    }),
    ("index", |vm, a, kw| {
        arity(vm, "index", a, 2, 4)?;
        let items = seq_items(vm, &a[0])?;
        let n = items.len() as i64;
        let norm = |v: Option<&Value>, d: i64| -> R<i64> {
            match v {
                None | Some(Value::None) => Ok(d),
                Some(v) => {
                    let i = super::super::int_arg(vm, v)?;
                    Ok(if i < 0 { (i + n).max(0) } else { i })
                }
            }
        };
        let start = norm(a.get(2).or_else(|| kwarg(kw, "start")), 0)?;
        let stop = norm(a.get(3).or_else(|| kwarg(kw, "stop")), n)?;
        let mut i = start;
        while i < stop && i < n {
            let x = &items[i as usize];
            if x.is(&a[1]) || vm.eq(x, &a[1])? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
        Err(vm.value_error(""))
    }),
    ("count", |vm, a, _| {
        arity(vm, "count", a, 2, 2)?;
        let mut n = 0;
        for x in seq_items(vm, &a[0])? {
            if x.is(&a[1]) || vm.eq(&x, &a[1])? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    }),
];

/// `self[0]`, `self[1]`, ... until IndexError.
fn seq_items(vm: &'static Vm, s: &Value) -> R<Vec<Value>> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        match vm.getitem(s, &Value::Int(i)) {
            Ok(v) => out.push(v),
            Err(e) if vm.exc_is(&e, &vm.t.index_error) => return Ok(out),
            Err(e) => return Err(e),
        }
        i += 1;
    }
}

const MUTABLE_SEQUENCE: &[(&str, BuiltinFn)] = &[
    ("append", |vm, a, _| {
        arity(vm, "append", a, 2, 2)?;
        let n = vm.len(&a[0])?;
        vm.call_method(
            &a[0],
            &Name::new("insert"),
            Args::new(vec![Value::Int(n as i64), a[1].clone()]),
        )?;
        Ok(Value::None)
    }),
    ("extend", |vm, a, _| {
        arity(vm, "extend", a, 2, 2)?;
        for x in vm.to_vec(&a[1])? {
            let n = vm.len(&a[0])?;
            vm.call_method(
                &a[0],
                &Name::new("insert"),
                Args::new(vec![Value::Int(n as i64), x]),
            )?;
        }
        Ok(Value::None)
    }),
    ("__iadd__", |vm, a, _| {
        arity(vm, "__iadd__", a, 2, 2)?;
        vm.call_method(&a[0], &Name::new("extend"), Args::new(vec![a[1].clone()]))?;
        Ok(a[0].clone())
    }),
    ("pop", |vm, a, _| {
        arity(vm, "pop", a, 1, 2)?;
        let i = a.get(1).cloned().unwrap_or(Value::Int(-1));
        let v = vm.getitem(&a[0], &i)?;
        vm.delitem(&a[0], &i)?;
        Ok(v)
    }),
    ("remove", |vm, a, _| {
        arity(vm, "remove", a, 2, 2)?;
        let i = vm.call_method(&a[0], &Name::new("index"), Args::new(vec![a[1].clone()]))?;
        vm.delitem(&a[0], &i)?;
        Ok(Value::None)
    }),
    ("reverse", |vm, a, _| {
        arity(vm, "reverse", a, 1, 1)?;
        let n = vm.len(&a[0])? as i64;
        for i in 0..n / 2 {
            let (x, y) = (Value::Int(i), Value::Int(n - i - 1));
            let p = vm.getitem(&a[0], &x)?;
            let q = vm.getitem(&a[0], &y)?;
            vm.setitem(&a[0], x, q)?;
            vm.setitem(&a[0], y, p)?;
        }
        Ok(Value::None)
    }),
    ("clear", |vm, a, _| {
        arity(vm, "clear", a, 1, 1)?;
        while vm.len(&a[0])? > 0 {
            vm.delitem(&a[0], &Value::Int(-1))?;
        }
        Ok(Value::None)
    }),
];
