//! The `operator` module: every operator as a function (with the dunder
//! aliases, which are the same objects, as in CPython's `_operator`), and
//! the callable types `itemgetter`, `attrgetter` and `methodcaller`.

use std::rc::Rc;

use super::random::index_arg;
use super::{arity, builtin, new_module, stdlib_class};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("operator");
    {
        let mut d = m.dict.borrow_mut();
        for (names, f) in FUNCTIONS {
            let mut parts = names.split(' ');
            let Some(first) = parts.next() else { continue };
            let value = builtin(first, *f);
            d.insert(Name::new(first), value.clone());
            for alias in parts {
                d.insert(Name::new(alias), value.clone());
            }
        }
        for (name, methods, new) in [
            ("itemgetter", ITEMGETTER, itemgetter_new as BuiltinFn),
            ("attrgetter", ATTRGETTER, attrgetter_new as BuiltinFn),
            ("methodcaller", METHODCALLER, methodcaller_new as BuiltinFn),
        ] {
            let class = stdlib_class(vm, name, "operator", methods);
            class.dict.borrow_mut().insert(
                Name::new("__new__"),
                Value::StaticMethod(Rc::new(builtin("__new__", new))),
            );
            d.insert(Name::new(name), Value::Class(class));
        }
    }
    Value::Module(m)
}

/// Each function's name and its aliases.
const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("lt __lt__", |vm, a, k| compare(vm, a, k, "lt", CmpOp::Lt)),
    ("le __le__", |vm, a, k| compare(vm, a, k, "le", CmpOp::LtE)),
    ("eq __eq__", |vm, a, k| compare(vm, a, k, "eq", CmpOp::Eq)),
    ("ne __ne__", |vm, a, k| {
        compare(vm, a, k, "ne", CmpOp::NotEq)
    }),
    ("ge __ge__", |vm, a, k| compare(vm, a, k, "ge", CmpOp::GtE)),
    ("gt __gt__", |vm, a, k| compare(vm, a, k, "gt", CmpOp::Gt)),
    ("not_ __not__", |vm, a, k| {
        let x = one(vm, a, k, "not_")?;
        Ok(Value::Bool(!vm.truthy(x)?))
    }),
    ("truth", |vm, a, k| {
        let x = one(vm, a, k, "truth")?;
        Ok(Value::Bool(vm.truthy(x)?))
    }),
    ("is_", |vm, a, k| {
        let (x, y) = two(vm, a, k, "is_")?;
        Ok(Value::Bool(x.is(y)))
    }),
    ("is_not", |vm, a, k| {
        let (x, y) = two(vm, a, k, "is_not")?;
        Ok(Value::Bool(!x.is(y)))
    }),
    ("abs __abs__", |vm, a, k| {
        let x = one(vm, a, k, "abs")?;
        match vm.builtins.dict.get(&Name::new("abs")) {
            Some(f) => vm.call(&f, Args::new(vec![x.clone()])),
            None => Err(vm.type_error("abs is missing")),
        }
    }),
    ("add __add__", |vm, a, k| {
        binary(vm, a, k, "add", BinOp::Add)
    }),
    ("and_ __and__", |vm, a, k| {
        binary(vm, a, k, "and_", BinOp::BitAnd)
    }),
    ("floordiv __floordiv__", |vm, a, k| {
        binary(vm, a, k, "floordiv", BinOp::FloorDiv)
    }),
    ("index __index__", |vm, a, k| {
        let x = one(vm, a, k, "index")?;
        index_arg(vm, x)
    }),
    ("inv __inv__", |vm, a, k| {
        unary(vm, a, k, "inv", UnaryOp::Invert)
    }),
    ("invert __invert__", |vm, a, k| {
        unary(vm, a, k, "invert", UnaryOp::Invert)
    }),
    ("lshift __lshift__", |vm, a, k| {
        binary(vm, a, k, "lshift", BinOp::LShift)
    }),
    ("mod __mod__", |vm, a, k| {
        binary(vm, a, k, "mod", BinOp::Mod)
    }),
    ("mul __mul__", |vm, a, k| {
        binary(vm, a, k, "mul", BinOp::Mul)
    }),
    ("matmul __matmul__", |vm, a, k| {
        binary(vm, a, k, "matmul", BinOp::MatMul)
    }),
    ("neg __neg__", |vm, a, k| {
        unary(vm, a, k, "neg", UnaryOp::Neg)
    }),
    ("or_ __or__", |vm, a, k| {
        binary(vm, a, k, "or_", BinOp::BitOr)
    }),
    ("pos __pos__", |vm, a, k| {
        unary(vm, a, k, "pos", UnaryOp::Pos)
    }),
    ("pow __pow__", |vm, a, k| {
        binary(vm, a, k, "pow", BinOp::Pow)
    }),
    ("rshift __rshift__", |vm, a, k| {
        binary(vm, a, k, "rshift", BinOp::RShift)
    }),
    ("sub __sub__", |vm, a, k| {
        binary(vm, a, k, "sub", BinOp::Sub)
    }),
    ("truediv __truediv__", |vm, a, k| {
        binary(vm, a, k, "truediv", BinOp::Div)
    }),
    ("xor __xor__", |vm, a, k| {
        binary(vm, a, k, "xor", BinOp::BitXor)
    }),
    ("concat __concat__", |vm, a, k| {
        let (x, y) = two(vm, a, k, "concat")?;
        check_concat(vm, x)?;
        vm.binary(BinOp::Add, x, y)
    }),
    ("contains __contains__", |vm, a, k| {
        let (x, y) = two(vm, a, k, "contains")?;
        Ok(Value::Bool(vm.contains(x, y)?))
    }),
    ("countOf", |vm, a, k| {
        let (x, y) = two(vm, a, k, "countOf")?;
        let mut n = 0;
        for item in items_of(vm, x)? {
            if item.is(y) || vm.eq(&item, y)? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    }),
    ("indexOf", |vm, a, k| {
        let (x, y) = two(vm, a, k, "indexOf")?;
        for (i, item) in items_of(vm, x)?.into_iter().enumerate() {
            if item.is(y) || vm.eq(&item, y)? {
                return Ok(Value::Int(i as i64));
            }
        }
        Err(vm.value_error("sequence.index(x): x not in sequence"))
    }),
    ("getitem __getitem__", |vm, a, k| {
        let (x, y) = two(vm, a, k, "getitem")?;
        vm.getitem(x, y)
    }),
    ("setitem __setitem__", |vm, a, k| {
        no_kw(vm, k, "setitem")?;
        arity(vm, "setitem", a, 3, 3)?;
        vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
        Ok(Value::None)
    }),
    ("delitem __delitem__", |vm, a, k| {
        let (x, y) = two(vm, a, k, "delitem")?;
        vm.delitem(x, y)?;
        Ok(Value::None)
    }),
    ("length_hint", length_hint),
    ("call __call__", |vm, a, k| {
        let Some(f) = a.first() else {
            return Err(vm.type_error("call expected at least 1 argument, got 0"));
        };
        vm.call(
            f,
            Args {
                pos: a[1..].to_vec(),
                kw: k.to_vec(),
            },
        )
    }),
    ("iadd __iadd__", |vm, a, k| {
        inplace(vm, a, k, "iadd", BinOp::Add)
    }),
    ("iand __iand__", |vm, a, k| {
        inplace(vm, a, k, "iand", BinOp::BitAnd)
    }),
    ("iconcat __iconcat__", |vm, a, k| {
        let (x, y) = two(vm, a, k, "iconcat")?;
        check_concat(vm, x)?;
        vm.inplace(BinOp::Add, x, y)
    }),
    ("ifloordiv __ifloordiv__", |vm, a, k| {
        inplace(vm, a, k, "ifloordiv", BinOp::FloorDiv)
    }),
    ("ilshift __ilshift__", |vm, a, k| {
        inplace(vm, a, k, "ilshift", BinOp::LShift)
    }),
    ("imod __imod__", |vm, a, k| {
        inplace(vm, a, k, "imod", BinOp::Mod)
    }),
    ("imul __imul__", |vm, a, k| {
        inplace(vm, a, k, "imul", BinOp::Mul)
    }),
    ("imatmul __imatmul__", |vm, a, k| {
        inplace(vm, a, k, "imatmul", BinOp::MatMul)
    }),
    ("ior __ior__", |vm, a, k| {
        inplace(vm, a, k, "ior", BinOp::BitOr)
    }),
    ("ipow __ipow__", |vm, a, k| {
        inplace(vm, a, k, "ipow", BinOp::Pow)
    }),
    ("irshift __irshift__", |vm, a, k| {
        inplace(vm, a, k, "irshift", BinOp::RShift)
    }),
    ("isub __isub__", |vm, a, k| {
        inplace(vm, a, k, "isub", BinOp::Sub)
    }),
    ("itruediv __itruediv__", |vm, a, k| {
        inplace(vm, a, k, "itruediv", BinOp::Div)
    }),
    ("ixor __ixor__", |vm, a, k| {
        inplace(vm, a, k, "ixor", BinOp::BitXor)
    }),
];

// ---- argument checks ------------------------------------------------------

fn no_kw(vm: &Vm, kw: &[(Name, Value)], name: &str) -> R<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")))
    }
}

/// A METH_O function's one argument.
fn one<'a>(vm: &Vm, a: &'a [Value], kw: &[(Name, Value)], name: &str) -> R<&'a Value> {
    no_kw(vm, kw, name)?;
    match a {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

fn two<'a>(vm: &Vm, a: &'a [Value], kw: &[(Name, Value)], name: &str) -> R<(&'a Value, &'a Value)> {
    no_kw(vm, kw, name)?;
    arity(vm, name, a, 2, 2)?;
    Ok((&a[0], &a[1]))
}

fn binary(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str, op: BinOp) -> R<Value> {
    let (x, y) = two(vm, a, kw, name)?;
    vm.binary(op, x, y)
}

fn inplace(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str, op: BinOp) -> R<Value> {
    let (x, y) = two(vm, a, kw, name)?;
    vm.inplace(op, x, y)
}

fn unary(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str, op: UnaryOp) -> R<Value> {
    let x = one(vm, a, kw, name)?;
    vm.unary(op, x)
}

fn compare(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str, op: CmpOp) -> R<Value> {
    let (x, y) = two(vm, a, kw, name)?;
    vm.rich_compare(op, x, y)
}

/// PySequence_Concat refuses what is not a sequence.
fn check_concat(vm: &'static Vm, x: &Value) -> R<()> {
    let seq = match x {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
            true
        }
        Value::Instance(i) => i.native.is_some() || i.class.lookup(&vm.n.getitem).is_some(),
        _ => false,
    };
    if seq {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(x)
        )))
    }
}

/// The items of an iterable, with the `in` operator's message for what
/// is not one.
fn items_of(vm: &'static Vm, x: &Value) -> R<Vec<Value>> {
    vm.to_vec(x).map_err(|e| {
        if vm.exc_is(&e, &vm.t.type_error) {
            vm.type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(x)
            ))
        } else {
            e
        }
    })
}

fn length_hint(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kw(vm, kw, "length_hint")?;
    arity(vm, "length_hint", a, 1, 2)?;
    let obj = &a[0];
    let default = match a.get(1) {
        Some(d) => match d {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index_arg(vm, d)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        },
        None => Value::Int(0),
    };
    match vm.len(obj) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if vm.exc_is(&e, &vm.t.type_error) => {}
        Err(e) => return Err(e),
    }
    if let Value::Iter(it) = obj {
        let left = match &*it.borrow() {
            NativeIter::Seq { seq, index } => {
                vm.len(seq).ok().map(|n| n.saturating_sub(*index) as i64)
            }
            NativeIter::Range { next, stop, step } => Some(
                RangeObj {
                    start: *next,
                    stop: *stop,
                    step: *step,
                }
                .len(),
            ),
            NativeIter::Str { s, byte } => {
                Some(s.text.get(*byte..).map_or(0, |t| t.chars().count()) as i64)
            }
            NativeIter::Exhausted => Some(0),
            _ => None,
        };
        return Ok(left.map(Value::Int).unwrap_or(default));
    }
    let hint = match obj {
        Value::Instance(i) => i.class.lookup(&Name::new("__length_hint__")),
        _ => None,
    };
    let Some(hint) = hint else {
        return Ok(default);
    };
    let val = vm.call_bound(&hint, obj, Args::default())?;
    if matches!(val, Value::NotImplemented) {
        return Ok(default);
    }
    if !matches!(val, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_name(&val)
        )));
    }
    if vm.less_than(&val, &Value::Int(0))? {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(val)
}

// ---- itemgetter, attrgetter, methodcaller -----------------------------------

struct ItemGetter(Vec<Value>);
struct AttrGetter {
    /// The names as given (for the repr).
    names: Vec<Value>,
    /// Each name split at its dots.
    paths: Vec<Vec<Name>>,
}
struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kw: Vec<(Name, Value)>,
}

/// The class a `__new__` is building, which must derive from `name`.
fn new_class_arg(vm: &Vm, a: &[Value], name: &str) -> R<Rc<Class>> {
    match a.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error(format!("{name}.__new__(X): X is not a type object"))),
    }
}

fn itemgetter_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let class = new_class_arg(vm, a, "itemgetter")?;
    if !kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    let items = a[1..].to_vec();
    if items.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(Instance::with_data(class, ItemGetter(items)))
}

fn attrgetter_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let class = new_class_arg(vm, a, "attrgetter")?;
    if !kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    let names = a[1..].to_vec();
    if names.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(names.len());
    for n in &names {
        let Value::Str(s) = n else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        paths.push(s.text.split('.').map(Name::new).collect());
    }
    Ok(Instance::with_data(class, AttrGetter { names, paths }))
}

fn methodcaller_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let class = new_class_arg(vm, a, "methodcaller")?;
    let Some(name) = a.get(1) else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    if !matches!(name, Value::Str(_)) {
        return Err(vm.type_error("method name must be a string"));
    }
    Ok(Instance::with_data(
        class,
        MethodCaller {
            name: name.clone(),
            args: a[2..].to_vec(),
            kw: kw.to_vec(),
        },
    ))
}

fn data<'a, T: 'static>(vm: &Vm, a: &'a [Value], class: &str) -> R<&'a T> {
    let d = match a.first() {
        Some(Value::Instance(i)) => i.data::<T>(),
        _ => None,
    };
    d.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor for 'operator.{class}' objects doesn't apply to this object"
        ))
    })
}

/// The single object a getter is called on.
fn call_arg<'a>(vm: &Vm, a: &'a [Value], kw: &[(Name, Value)], class: &str) -> R<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{class}() takes no keyword arguments")));
    }
    match a {
        [_, obj] => Ok(obj),
        _ => Err(vm.type_error(format!(
            "{class} expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ))),
    }
}

fn reprs(vm: &'static Vm, items: &[Value]) -> R<Vec<String>> {
    items.iter().map(|v| vm.repr(v)).collect()
}

/// `operator.name(args)`, guarding against a self-referencing repr.
fn repr_of(
    vm: &'static Vm,
    this: &Value,
    class: &str,
    parts: impl FnOnce() -> R<Vec<String>>,
) -> R<Value> {
    let id = this.ptr().unwrap_or(0);
    if vm.repr_stack.borrow().contains(&id) {
        return Ok(Value::str(format!("operator.{class}(...)")));
    }
    vm.repr_stack.borrow_mut().push(id);
    let r = parts();
    vm.repr_stack.borrow_mut().retain(|&x| x != id);
    Ok(Value::str(format!("operator.{class}({})", r?.join(", "))))
}

const ITEMGETTER: &[(&str, BuiltinFn)] = &[
    ("__call__", |vm, a, k| {
        let g = data::<ItemGetter>(vm, a, "itemgetter")?;
        let obj = call_arg(vm, a, k, "itemgetter")?;
        if let [item] = g.0.as_slice() {
            return vm.getitem(obj, item);
        }
        let mut out = Vec::with_capacity(g.0.len());
        for item in &g.0 {
            out.push(vm.getitem(obj, item)?);
        }
        Ok(Value::tuple(out))
    }),
    ("__repr__", |vm, a, _| {
        let g = data::<ItemGetter>(vm, a, "itemgetter")?;
        repr_of(vm, &a[0], "itemgetter", || reprs(vm, &g.0))
    }),
];

fn get_path(vm: &'static Vm, obj: &Value, path: &[Name]) -> R<Value> {
    let mut v = obj.clone();
    for name in path {
        v = vm.getattr(&v, name)?;
    }
    Ok(v)
}

const ATTRGETTER: &[(&str, BuiltinFn)] = &[
    ("__call__", |vm, a, k| {
        let g = data::<AttrGetter>(vm, a, "attrgetter")?;
        let obj = call_arg(vm, a, k, "attrgetter")?;
        if let [path] = g.paths.as_slice() {
            return get_path(vm, obj, path);
        }
        let mut out = Vec::with_capacity(g.paths.len());
        for path in &g.paths {
            out.push(get_path(vm, obj, path)?);
        }
        Ok(Value::tuple(out))
    }),
    ("__repr__", |vm, a, _| {
        let g = data::<AttrGetter>(vm, a, "attrgetter")?;
        repr_of(vm, &a[0], "attrgetter", || reprs(vm, &g.names))
    }),
];

const METHODCALLER: &[(&str, BuiltinFn)] = &[
    ("__call__", |vm, a, k| {
        let m = data::<MethodCaller>(vm, a, "methodcaller")?;
        let obj = call_arg(vm, a, k, "methodcaller")?;
        let name = Name::new(m.name.as_str().unwrap_or(""));
        let f = vm.getattr(obj, &name)?;
        vm.call(
            &f,
            Args {
                pos: m.args.clone(),
                kw: m.kw.clone(),
            },
        )
    }),
    ("__repr__", |vm, a, _| {
        let m = data::<MethodCaller>(vm, a, "methodcaller")?;
        repr_of(vm, &a[0], "methodcaller", || {
            let mut parts = vec![vm.repr(&m.name)?];
            parts.extend(reprs(vm, &m.args)?);
            for (k, v) in &m.kw {
                parts.push(format!("{k}={}", vm.repr(v)?));
            }
            Ok(parts)
        })
    }),
];
