//! defaultdict and OrderedDict: Python-level subclasses of dict (their
//! instances carry the dict in `Instance::native`, so every dict
//! operation, isinstance and `**` work) whose own methods are builtins.
//! A defaultdict keeps its `default_factory` in the instance's attribute
//! dict.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::{arity, builtin, kwarg, only_kwargs};
use super::{derive, dict_instance, dict_items, is_callable, native_dict, register, registered};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

// ---- defaultdict ----------------------------------------------------

pub fn defaultdict_class(vm: &'static Vm) -> R<Rc<Class>> {
    if let Some(c) = registered("collections.defaultdict") {
        return Ok(c);
    }
    let class = derive(
        vm,
        &vm.t.dict,
        "defaultdict",
        "collections",
        &[
            ("__init__", dd_init),
            ("__missing__", dd_missing),
            ("__repr__", dd_repr),
            ("copy", dd_copy),
            ("__copy__", dd_copy),
            ("__or__", |vm, a, _| {
                arity(vm, "__or__", a, 2, 2)?;
                dd_or(vm, &a[0], &a[0], &a[1])
            }),
            ("__ror__", |vm, a, _| {
                arity(vm, "__ror__", a, 2, 2)?;
                dd_or(vm, &a[0], &a[1], &a[0])
            }),
        ],
    )?;
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", dd_new))),
        );
        d.insert(
            Name::new("fromkeys"),
            Value::ClassMethod(Rc::new(builtin("fromkeys", fromkeys))),
        );
    }
    super::generic(&class);
    register("collections.defaultdict", &class);
    Ok(class)
}

fn factory_name() -> Name {
    Name::new("default_factory")
}

/// Makes the instance; when the class's `__init__` is defaultdict's own
/// (which the interpreter does not run after a built-in `__new__`), it
/// fills it too.
fn dd_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let base = defaultdict_class(vm)?;
    let cls = match a.first() {
        Some(Value::Class(c)) if c.is_subclass(&base) => c.clone(),
        _ => return Err(vm.type_error("defaultdict.__new__(X): X is not a subtype of defaultdict")),
    };
    let inst = dict_instance(&cls, Dict::new());
    if let Value::Instance(i) = &inst {
        i.dict.borrow_mut().insert(factory_name(), Value::None);
    }
    let own_init = base.dict.borrow().get(&vm.n.init).cloned();
    let init = cls.lookup(&vm.n.init);
    if let (Some(own), Some(init)) = (own_init, init) {
        if own.is(&init) {
            let mut args = vec![inst.clone()];
            args.extend(a[1..].iter().cloned());
            dd_init(vm, &args, kw)?;
        }
    }
    Ok(inst)
}

/// `defaultdict(default_factory=None, /, *args, **kwargs)`.
fn dd_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let Some(Value::Instance(i)) = a.first() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'defaultdict' object"));
    };
    let factory = a.get(1).cloned().unwrap_or(Value::None);
    if !factory.is_none() && !is_callable(vm, &factory) {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    i.dict.borrow_mut().insert(factory_name(), factory);
    let Some(d) = native_dict(&a[0]) else {
        return Ok(Value::None);
    };
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.len() - 2
        )));
    }
    let dict_init = vm.t.dict.dict.borrow().get(&vm.n.init).cloned();
    if let Some(init) = dict_init {
        let mut pos = vec![Value::Dict(d)];
        pos.extend(a.iter().skip(2).cloned());
        vm.call(
            &init,
            Args {
                pos,
                kw: kw.to_vec(),
            },
        )?;
    }
    Ok(Value::None)
}

fn factory_of(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.dict.borrow().get(&factory_name()).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn dd_missing(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__missing__", a, 2, 2)?;
    let factory = factory_of(&a[0]);
    if factory.is_none() {
        return Err(vm.key_error(a[1].clone()));
    }
    let v = vm.call(&factory, Args::default())?;
    vm.setitem(&a[0], a[1].clone(), v.clone())?;
    Ok(v)
}

fn dd_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__repr__", a, 1, 1)?;
    let factory = factory_of(&a[0]);
    let frepr = if factory.is_none() {
        "None".to_string()
    } else {
        match super::ReprGuard::enter(vm, &factory) {
            Some(_g) => vm.repr(&factory)?,
            None => "...".to_string(),
        }
    };
    let base = match native_dict(&a[0]) {
        Some(d) => vm.repr(&Value::Dict(d))?,
        None => "{}".to_string(),
    };
    Ok(Value::str(format!(
        "{}({frepr}, {base})",
        vm.type_name(&a[0])
    )))
}

fn dd_copy(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "copy", a, 1, 1)?;
    let class = Value::Class(vm.type_of(&a[0]));
    vm.call(&class, Args::new(vec![factory_of(&a[0]), a[0].clone()]))
}

/// `left | right` where `this` is the defaultdict: a new one of its
/// class, with its factory.
fn dd_or(vm: &'static Vm, this: &Value, left: &Value, right: &Value) -> R<Value> {
    let other = if this.is(left) { right } else { left };
    if native_dict(other).is_none() {
        return Ok(Value::NotImplemented);
    }
    let class = Value::Class(vm.type_of(this));
    let new = vm.call(&class, Args::new(vec![factory_of(this), left.clone()]))?;
    vm.call_method(&new, &Name::new("update"), Args::new(vec![right.clone()]))?;
    Ok(new)
}

/// `cls.fromkeys(iterable, value=None)`: `cls()` filled by item
/// assignment, as dict.fromkeys does for subclasses.
fn fromkeys(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "fromkeys", a, 2, 3)?;
    let new = vm.call(&a[0], Args::default())?;
    let v = a.get(2).cloned().unwrap_or(Value::None);
    let it = vm.iter(&a[1])?;
    while let Some(k) = vm.next(&it)? {
        vm.setitem(&new, k, v.clone())?;
    }
    Ok(new)
}

// ---- OrderedDict ----------------------------------------------------

pub fn ordered_dict_class(vm: &'static Vm) -> R<Rc<Class>> {
    if let Some(c) = registered("collections.OrderedDict") {
        return Ok(c);
    }
    let class = derive(
        vm,
        &vm.t.dict,
        "OrderedDict",
        "collections",
        &[
            ("move_to_end", move_to_end),
            ("popitem", od_popitem),
            ("__eq__", |vm, a, _| od_eq(vm, a, true)),
            ("__ne__", |vm, a, _| od_eq(vm, a, false)),
            ("__repr__", od_repr),
            ("copy", od_copy),
            ("__copy__", od_copy),
            ("__reversed__", |vm, a, _| {
                arity(vm, "__reversed__", a, 1, 1)?;
                let d = this(vm, a)?;
                let mut keys: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
                keys.reverse();
                vm.iter(&Value::list(keys))
            }),
            ("__or__", |vm, a, _| {
                arity(vm, "__or__", a, 2, 2)?;
                if native_dict(&a[1]).is_none() {
                    return Ok(Value::NotImplemented);
                }
                let new = od_copy(vm, &a[..1], &[])?;
                vm.call_method(&new, &Name::new("update"), Args::new(vec![a[1].clone()]))?;
                Ok(new)
            }),
            ("__ror__", |vm, a, _| {
                arity(vm, "__ror__", a, 2, 2)?;
                if native_dict(&a[1]).is_none() {
                    return Ok(Value::NotImplemented);
                }
                let class = Value::Class(vm.type_of(&a[0]));
                let new = vm.call(&class, Args::new(vec![a[1].clone()]))?;
                vm.call_method(&new, &Name::new("update"), Args::new(vec![a[0].clone()]))?;
                Ok(new)
            }),
        ],
    )?;
    class.dict.borrow_mut().insert(
        Name::new("fromkeys"),
        Value::ClassMethod(Rc::new(builtin("fromkeys", fromkeys))),
    );
    super::generic(&class);
    register("collections.OrderedDict", &class);
    Ok(class)
}

fn this(vm: &Vm, a: &[Value]) -> R<Rc<RefCell<Dict>>> {
    a.first()
        .and_then(native_dict)
        .ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

/// A `last=True` flag given by position or keyword.
fn last_flag(
    vm: &'static Vm,
    fname: &str,
    a: &[Value],
    kw: &[(Name, Value)],
    pos: usize,
) -> R<bool> {
    only_kwargs(vm, fname, kw, &["last"])?;
    match a.get(pos).or_else(|| kwarg(kw, "last")) {
        Some(v) => vm.truthy(v),
        None => Ok(true),
    }
}

fn move_to_end(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let key = match a.get(1).or_else(|| kwarg(kw, "key")) {
        Some(k) => k.clone(),
        None => return Err(vm.type_error("move_to_end() missing required argument 'key' (pos 1)")),
    };
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "move_to_end() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let kw: Vec<(Name, Value)> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != "key")
        .cloned()
        .collect();
    let last = last_flag(vm, "move_to_end", a, &kw, 2)?;
    let d = this(vm, a)?;
    let Some(i) = vm.dict_find(&d, &key)? else {
        return Err(vm.key_error(key));
    };
    if last {
        d.borrow_mut().move_to_end(i);
    } else {
        let mut old = d.borrow_mut();
        let mut new = Dict::new();
        if let Some(e) = old.entry(i) {
            new.push(e.hash, e.key.clone(), e.value.clone());
        }
        for j in 0..old.slots() {
            if j != i {
                if let Some(e) = old.entry(j) {
                    new.push(e.hash, e.key.clone(), e.value.clone());
                }
            }
        }
        *old = new;
    }
    Ok(Value::None)
}

fn od_popitem(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "popitem() takes at most 1 argument ({} given)",
            a.len() - 1
        )));
    }
    let last = last_flag(vm, "popitem", a, kw, 1)?;
    let d = this(vm, a)?;
    let at = if last {
        d.borrow().last_index()
    } else {
        d.borrow().first_index()
    };
    let e = at.and_then(|i| d.borrow_mut().remove_at(i));
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(Value::str("dictionary is empty"))),
    }
}

fn od_eq(vm: &'static Vm, a: &[Value], eq: bool) -> R<Value> {
    arity(vm, "__eq__", a, 2, 2)?;
    let x = this(vm, a)?;
    let Some(y) = native_dict(&a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let ordered = super::is_a(vm, &a[1], "collections.OrderedDict");
    let same = if ordered {
        let (xs, ys) = (dict_items(&x), dict_items(&y));
        let mut same = xs.len() == ys.len();
        if same {
            for ((k1, v1), (k2, v2)) in xs.iter().zip(&ys) {
                if !(k1.is(k2) || vm.eq(k1, k2)?) || !(v1.is(v2) || vm.eq(v1, v2)?) {
                    same = false;
                    break;
                }
            }
        }
        same
    } else {
        vm.dict_eq(&x, &y)?
    };
    Ok(Value::Bool(same == eq))
}

fn od_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__repr__", a, 1, 1)?;
    let d = this(vm, a)?;
    let name = vm.type_name(&a[0]);
    let items = dict_items(&d);
    if items.is_empty() {
        return Ok(Value::str(format!("{name}()")));
    }
    let Some(_guard) = super::ReprGuard::enter(vm, &a[0]) else {
        return Ok(Value::str("..."));
    };
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        parts.push(format!("({}, {})", vm.repr(&k)?, vm.repr(&v)?));
    }
    Ok(Value::str(format!("{name}([{}])", parts.join(", "))))
}

fn od_copy(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "copy", a, 1, 1)?;
    let class = Value::Class(vm.type_of(&a[0]));
    vm.call(&class, Args::new(vec![a[0].clone()]))
}
