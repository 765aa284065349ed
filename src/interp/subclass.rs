//! Python subclasses of the built-in value types (`class Tags(list)`,
//! `class Level(int)`): an instance carries the built-in value it extends
//! (`Instance::native`). Wherever the subclass does not define an operation
//! itself, the operation acts on that value, as the base type's slot would
//! in CPython; the base's methods receive it too (`Builtin::unwraps_self`).

use std::cell::RefCell;
use std::rc::Rc;

use super::{Args, Vm, R};
use crate::runtime::*;

impl Vm {
    /// The built-in value inside `v` when `v` is an instance of a subclass
    /// of a built-in value type and no class above that type defines `name`.
    #[inline]
    pub fn native_for(&self, v: &Value, name: &Name) -> Option<Value> {
        let Value::Instance(i) = v else { return None };
        let native = i.native.as_ref()?;
        if matches!(native, Value::Opaque(_)) {
            // A stdlib object's Rust data: its class's methods handle it.
            return None;
        }
        for (at, c) in i.class.mro_iter().enumerate() {
            if c.layout == Layout::Native {
                // Numbers are no containers: a later base supplies that
                // protocol (IntFlag members iterate as Flag's do).
                let number = matches!(
                    native,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
                );
                if number
                    && matches!(
                        name.as_str(),
                        "__iter__" | "__len__" | "__contains__" | "__getitem__" | "__reversed__"
                    )
                    && i.class
                        .mro_iter()
                        .skip(at + 1)
                        .any(|k| k.dict.borrow().contains_key(name))
                {
                    return None;
                }
                return Some(native.clone());
            }
            if c.dict.borrow().contains_key(name) {
                return None;
            }
        }
        None
    }

    /// The method `name` of an instance's class, looked up no further than
    /// its built-in base type (whose operations act on the value inside).
    pub fn own_dunder(&self, i: &Instance, name: &Name) -> Option<Value> {
        if i.native.is_none() || matches!(i.native, Some(Value::Opaque(_))) {
            return i.class.lookup(name);
        }
        for c in i.class.mro_iter() {
            if c.layout == Layout::Native {
                return None;
            }
            if let Some(m) = c.dict.borrow().get(name) {
                return Some(m.clone());
            }
        }
        None
    }

    /// The operands with the built-in values of subclass instances in
    /// their place, when either is such an instance.
    pub fn native_operands(&self, a: &Value, b: &Value) -> Option<(Value, Value)> {
        let inner = |v: &Value| match v {
            Value::Instance(i) => match &i.native {
                Some(Value::Opaque(_)) | None => None,
                Some(n) => Some(n.clone()),
            },
            _ => None,
        };
        match (inner(a), inner(b)) {
            (None, None) => None,
            (x, y) => Some((
                x.unwrap_or_else(|| a.clone()),
                y.unwrap_or_else(|| b.clone()),
            )),
        }
    }

    /// A new instance of `class`, whose built-in base is `base`. Immutable
    /// values are made from the arguments now, as their `__new__` does;
    /// mutable ones start empty and their `__init__` fills them.
    pub fn new_native_instance(
        &'static self,
        class: &Rc<Class>,
        base: &Rc<Class>,
        args: Args,
    ) -> R<Value> {
        let value = if self.is_mutable_native(base) {
            self.construct_native(base, Args::default())?
        } else {
            self.construct_native(base, args)?
        };
        Ok(Value::Instance(Rc::new(Instance {
            class: class.clone(),
            dict: RefCell::new(InstanceAttrs::default()),
            exc: None,
            native: Some(value),
        })))
    }

    fn is_mutable_native(&self, base: &Rc<Class>) -> bool {
        let t = &self.t;
        [&t.list, &t.dict, &t.set]
            .iter()
            .any(|k| Rc::ptr_eq(k, base))
    }

    /// The built-in classes that `cls[args]` makes a GenericAlias of.
    pub fn is_generic_class(&self, c: &Rc<Class>) -> bool {
        let t = &self.t;
        [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_]
            .iter()
            .any(|k| Rc::ptr_eq(k, c))
    }

    /// The built-in types a Python class may derive from.
    pub fn is_subclassable(&self, base: &Rc<Class>) -> bool {
        let t = &self.t;
        [
            &t.object,
            &t.type_,
            &t.int,
            &t.float,
            &t.str,
            &t.bytes,
            &t.tuple,
            &t.list,
            &t.dict,
            &t.set,
            &t.frozenset,
        ]
        .iter()
        .any(|k| Rc::ptr_eq(k, base))
    }
}
