//! `_collections`, the native part of `collections` (src/stdlib/py/collections.py
//! adds UserDict, UserList and UserString), written in Rust: deque (a stdlib type with
//! Rust data), defaultdict, OrderedDict and Counter (Python-level
//! subclasses of dict whose methods are builtins), namedtuple (tuple
//! subclasses made on demand), ChainMap, and a small `collections.abc`.
//! Also the helpers the other Rust-written modules share (itertools,
//! functools): a per-thread registry of their classes, and access to an
//! instance's Rust data.

pub mod abc;
mod chainmap;
mod counter;
mod deque;
mod dicts;
mod namedtuple;

pub use namedtuple::namedtuple as make_namedtuple;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{builtin, new_module, stdlib_class};
use crate::interp::{Vm, R};
use crate::runtime::*;

thread_local! {
    /// The classes the Rust-written stdlib modules define, by a key such
    /// as "collections.deque", for this thread's interpreter.
    static REGISTRY: RefCell<HashMap<&'static str, Rc<Class>>> = RefCell::new(HashMap::new());
}

/// Remembers a class by key.
pub fn register(key: &'static str, class: &Rc<Class>) {
    REGISTRY.with(|r| {
        r.borrow_mut().insert(key, class.clone());
    });
}

/// A class registered under `key`.
pub fn registered(key: &str) -> Option<Rc<Class>> {
    REGISTRY.with(|r| r.borrow().get(key).cloned())
}

/// Is `v` an instance of the class registered under `key` (or of a
/// subclass)?
pub fn is_a(vm: &Vm, v: &Value, key: &str) -> bool {
    registered(key).is_some_and(|c| vm.type_of(v).is_subclass(&c))
}

/// The Rust data of an instance of a stdlib type (or the raw data a
/// `__init__` with `unwraps_self` receives).
pub fn data_of<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Instance(i) => i.data::<T>(),
        Value::Opaque(o) => o.0.downcast_ref(),
        _ => None,
    }
}

/// The receiver of a method of a stdlib type, with CPython's complaint
/// when it is something else.
pub fn recv<'a, T: 'static>(vm: &Vm, a: &'a [Value], tname: &str, method: &str) -> R<&'a T> {
    match a.first() {
        Some(v) => data_of::<T>(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{method}' for '{tname}' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' of '{tname}' object needs an argument"
        ))),
    }
}

/// A stdlib type: its methods, and a `__new__` whose first argument is
/// the class (so Python subclasses work).
pub fn new_type(
    vm: &Vm,
    name: &str,
    module: &str,
    methods: &[(&'static str, BuiltinFn)],
    new: Option<BuiltinFn>,
) -> Rc<Class> {
    let class = stdlib_class(vm, name, module, methods);
    if let Some(f) = new {
        class.dict.borrow_mut().insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", f))),
        );
    }
    class
}

/// `cls[args]`: a generic alias, as `deque[int]` makes it.
fn class_getitem(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    super::arity(vm, "__class_getitem__", a, 2, 2)?;
    Ok(vm.generic_alias(&a[0], &a[1]))
}

/// Lets `cls[...]` make a generic alias (for annotations).
pub fn generic(class: &Rc<Class>) {
    set_class_attr(
        class,
        "__class_getitem__",
        Value::ClassMethod(Rc::new(builtin("__class_getitem__", class_getitem))),
    );
}

/// Puts an attribute in a class's dict.
pub fn set_class_attr(class: &Rc<Class>, name: &str, v: Value) {
    class.dict.borrow_mut().insert(Name::new(name), v);
}

/// A builtin that receives the Rust data (or, for an instance without
/// any, the instance) as its first argument: the `__init__` of a stdlib
/// type, which the interpreter runs after `__new__`.
pub fn unwrapping(name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        unwraps_self: true,
        module: None,
    }))
}

/// A read-only attribute computed by `get` from the instance.
pub fn getter(name: &'static str, get: BuiltinFn) -> Value {
    Value::Property(Rc::new(Property {
        fget: builtin(name, get),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

/// A read-only attribute whose assignment fails with `set`'s error (as a
/// C type's getset or member descriptor words it).
pub fn readonly(name: &'static str, get: BuiltinFn, set: BuiltinFn) -> Value {
    Value::Property(Rc::new(Property {
        fget: builtin(name, get),
        fset: builtin(name, set),
        fdel: builtin(name, set),
        doc: Value::None,
    }))
}

/// The class a `__new__` receives first.
pub fn new_class_arg<'a>(vm: &Vm, a: &'a [Value], base: &Rc<Class>) -> R<&'a Rc<Class>> {
    match a.first() {
        Some(Value::Class(c)) if c.is_subclass(base) => Ok(c),
        Some(Value::Class(c)) => Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            base.name, c.name, c.name, base.name
        ))),
        Some(other) => Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            base.name,
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("{}.__new__(): not enough arguments", base.name))),
    }
}

/// Guards a repr against recursion through the same object: `None` when
/// the object's repr is already being computed.
pub struct ReprGuard {
    vm: &'static Vm,
}

impl ReprGuard {
    pub fn enter(vm: &'static Vm, v: &Value) -> Option<ReprGuard> {
        let p = v.ptr().unwrap_or(0);
        let mut stack = vm.repr_stack.borrow_mut();
        if stack.contains(&p) {
            return None;
        }
        stack.push(p);
        Some(ReprGuard { vm })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        self.vm.repr_stack.borrow_mut().pop();
    }
}

pub fn module(vm: &'static Vm) -> R<Value> {
    let m = new_module("_collections");
    let abc = abc::module(vm)?;
    vm.modules
        .borrow_mut()
        .set_str("collections.abc", abc.clone());
    {
        let mut d = m.dict.borrow_mut();
        d.insert(Name::new("deque"), Value::Class(deque::class(vm)));
        d.insert(
            Name::new("defaultdict"),
            Value::Class(dicts::defaultdict_class(vm)?),
        );
        d.insert(
            Name::new("OrderedDict"),
            Value::Class(dicts::ordered_dict_class(vm)?),
        );
        d.insert(Name::new("Counter"), Value::Class(counter::class(vm)?));
        d.insert(Name::new("ChainMap"), Value::Class(chainmap::class(vm)?));
        d.insert(
            Name::new("namedtuple"),
            Value::Builtin(Rc::new(Builtin {
                name: "namedtuple",
                func: namedtuple::namedtuple,
                unwraps_self: false,
                module: Some("collections"),
            })),
        );
        d.insert(Name::new("abc"), abc);
        d.insert(
            Name::new("__all__"),
            Value::list(
                [
                    "ChainMap",
                    "Counter",
                    "OrderedDict",
                    "defaultdict",
                    "deque",
                    "namedtuple",
                ]
                .iter()
                .map(|n| Value::str(*n))
                .collect(),
            ),
        );
    }
    Ok(Value::Module(m))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Class(_)
        | Value::StaticMethod(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.n.call).is_some(),
        _ => false,
    }
}

/// The built-in dict of a dict or of an instance of a dict subclass.
pub fn native_dict(v: &Value) -> Option<Rc<RefCell<Dict>>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.native {
            Some(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A Python-level subclass of a built-in type (dict, tuple) whose
/// methods are builtins, living in module `module`.
pub fn derive(
    vm: &Vm,
    base: &Rc<Class>,
    name: &str,
    module: &str,
    methods: &[(&'static str, BuiltinFn)],
) -> R<Rc<Class>> {
    let mut attrs = Attrs::default();
    super::add_fns(&mut attrs, methods);
    attrs.insert(vm.n.module.clone(), Value::str(module));
    crate::interp::types::new_class(vm, Name::new(name), vec![base.clone()], attrs)
}

/// An instance of `class` (a subclass of dict) holding `d`.
pub fn dict_instance(class: &Rc<Class>, d: Dict) -> Value {
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        dict: RefCell::new(InstanceAttrs::default()),
        exc: None,
        native: Some(Value::dict(d)),
    }))
}

/// The (key, value) pairs of a dict, copied out.
pub fn dict_items(d: &RefCell<Dict>) -> Vec<(Value, Value)> {
    d.borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}
