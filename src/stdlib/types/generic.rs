//! The objects annotations are made of: `list[int]` (types.GenericAlias)
//! and `int | None` (types.UnionType). Both are plain instances holding
//! `__origin__`/`__args__`; they print as CPython prints them, and unions
//! work with isinstance() and issubclass().

use std::rc::Rc;

use super::super::{add_methods, arity};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

pub fn install(vm: &'static Vm) {
    let t = &vm.t;
    for c in [&t.generic_alias, &t.union_type] {
        *c.module.borrow_mut() = "types".into();
    }
    add_methods(
        &t.generic_alias,
        &[
            ("__repr__", |vm, a, _| {
                let (origin, args) = parts(&a[0]);
                let mut out = vm.annotation_repr(&origin)?;
                out.push('[');
                let items = vm.to_vec(&args)?;
                if items.is_empty() {
                    out.push_str("()");
                }
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&vm.annotation_repr(x)?);
                }
                out.push(']');
                Ok(Value::str(out))
            }),
            ("__call__", |vm, a, kw| {
                let (origin, _) = parts(&a[0]);
                vm.call(
                    &origin,
                    Args {
                        pos: a[1..].to_vec(),
                        kw: kw.to_vec(),
                    },
                )
            }),
            ("__eq__", |vm, a, _| {
                arity(vm, "__eq__", a, 2, 2)?;
                if !is_a(vm, &a[1], &vm.t.generic_alias) {
                    return Ok(Value::NotImplemented);
                }
                let (o1, a1) = parts(&a[0]);
                let (o2, a2) = parts(&a[1]);
                Ok(Value::Bool(o1.is(&o2) && vm.eq(&a1, &a2)?))
            }),
            ("__hash__", |vm, a, _| {
                let (origin, args) = parts(&a[0]);
                Ok(Value::Int(vm.hash(&origin)? ^ vm.hash(&args)?))
            }),
            ("__or__", |vm, a, _| vm.type_union(&a[0], &a[1])),
            ("__ror__", |vm, a, _| vm.type_union(&a[1], &a[0])),
            ("__instancecheck__", |vm, _, _| {
                Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
            }),
            ("__subclasscheck__", |vm, _, _| {
                Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
            }),
        ],
    );
    add_methods(
        &t.union_type,
        &[
            ("__repr__", |vm, a, _| {
                let (_, args) = parts(&a[0]);
                let items = vm.to_vec(&args)?;
                let reprs = items
                    .iter()
                    .map(|x| vm.annotation_repr(x))
                    .collect::<R<Vec<_>>>()?;
                Ok(Value::str(reprs.join(" | ")))
            }),
            ("__eq__", |vm, a, _| {
                arity(vm, "__eq__", a, 2, 2)?;
                if !is_a(vm, &a[1], &vm.t.union_type) {
                    return Ok(Value::NotImplemented);
                }
                let x = vm.to_vec(&parts(&a[0]).1)?;
                let y = vm.to_vec(&parts(&a[1]).1)?;
                let contains = |xs: &[Value], v: &Value| xs.iter().any(|x| x.is(v));
                let same = x.len() == y.len() && x.iter().all(|v| contains(&y, v));
                Ok(Value::Bool(same))
            }),
            ("__hash__", |vm, a, _| {
                let items = vm.to_vec(&parts(&a[0]).1)?;
                let mut h = 0i64;
                for x in &items {
                    h ^= vm.hash(x)?;
                }
                Ok(Value::Int(h))
            }),
            ("__or__", |vm, a, _| vm.type_union(&a[0], &a[1])),
            ("__ror__", |vm, a, _| vm.type_union(&a[1], &a[0])),
            ("__instancecheck__", |vm, a, _| {
                arity(vm, "__instancecheck__", a, 2, 2)?;
                let class = Value::Class(vm.type_of(&a[1]));
                union_check(vm, &a[0], &class, "isinstance")
            }),
            ("__subclasscheck__", |vm, a, _| {
                arity(vm, "__subclasscheck__", a, 2, 2)?;
                union_check(vm, &a[0], &a[1], "issubclass")
            }),
        ],
    );
}

fn is_a(vm: &Vm, v: &Value, class: &Rc<Class>) -> bool {
    vm.type_of(v).is_subclass(class)
}

/// `__origin__` and `__args__` of an alias or union.
fn parts(v: &Value) -> (Value, Value) {
    let Value::Instance(i) = v else {
        return (Value::None, Value::tuple(Vec::new()));
    };
    let d = i.dict.borrow();
    let get = |n: &str| d.get(&Name::new(n));
    (
        get("__origin__").unwrap_or(Value::None),
        get("__args__").unwrap_or_else(|| Value::tuple(Vec::new())),
    )
}

/// Is `class` a subclass of one of the union's members?
fn union_check(vm: &'static Vm, union: &Value, class: &Value, what: &str) -> R<Value> {
    let Value::Class(c) = class else {
        return Err(vm.type_error(format!("{what}() arg 1 must be a class")));
    };
    for member in vm.to_vec(&parts(union).1)? {
        match &member {
            Value::Class(k) if c.is_subclass(k) => return Ok(Value::Bool(true)),
            Value::Class(_) => {}
            _ => {
                return Err(vm.type_error(format!(
                    "{what}() argument 2 cannot be a parameterized generic"
                )))
            }
        }
    }
    Ok(Value::Bool(false))
}

impl Vm {
    /// `origin[args]` for the built-in generic classes (list, dict, ...).
    pub fn generic_alias(&'static self, origin: &Value, args: &Value) -> Value {
        let args = match args {
            Value::Tuple(_) => args.clone(),
            other => Value::tuple(vec![other.clone()]),
        };
        let mut attrs = Attrs::default();
        attrs.insert(Name::new("__origin__"), origin.clone());
        attrs.insert(Name::new("__args__"), args);
        attrs.insert(Name::new("__parameters__"), Value::tuple(Vec::new()));
        Value::Instance(Rc::new(Instance::plain(
            self.t.generic_alias.clone(),
            attrs,
        )))
    }

    /// `a | b` on types: a union of both (flattened, without repeats), or
    /// NotImplemented when either side is not a type.
    pub fn type_union(&'static self, a: &Value, b: &Value) -> R<Value> {
        let mut members: Vec<Value> = Vec::new();
        for side in [a, b] {
            let items = match side {
                Value::None => vec![Value::Class(self.t.none.clone())],
                Value::Class(_) => vec![side.clone()],
                v if is_a(self, v, &self.t.generic_alias) => vec![side.clone()],
                v if is_a(self, v, &self.t.union_type) => self.to_vec(&parts(v).1)?,
                _ => return Ok(Value::NotImplemented),
            };
            for x in items {
                let mut seen = false;
                for m in &members {
                    if m.is(&x) || self.eq(m, &x)? {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    members.push(x);
                }
            }
        }
        if members.len() == 1 {
            return Ok(members.pop().unwrap_or(Value::None));
        }
        let mut attrs = Attrs::default();
        attrs.insert(Name::new("__args__"), Value::tuple(members));
        Ok(Value::Instance(Rc::new(Instance::plain(
            self.t.union_type.clone(),
            attrs,
        ))))
    }

    /// How a type prints inside an annotation: `int`, `None`, `mod.Cls`,
    /// `...`, or the repr of anything else.
    pub fn annotation_repr(&'static self, v: &Value) -> R<String> {
        match v {
            Value::Ellipsis => Ok("...".into()),
            Value::Class(c) if Rc::ptr_eq(c, &self.t.none) => Ok("None".into()),
            Value::Class(c) => {
                let module = c.module.borrow();
                if &**module == "builtins" {
                    Ok(c.qualname.borrow().to_string())
                } else {
                    Ok(format!("{}.{}", module, c.qualname.borrow()))
                }
            }
            other => self.repr(other),
        }
    }
}
