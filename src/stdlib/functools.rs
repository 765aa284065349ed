//! `_functools`, the native part of `functools` (src/stdlib/py/functools.py
//! adds singledispatch and partialmethod), written in Rust: reduce, partial (a stdlib
//! type), update_wrapper and wraps, lru_cache and cache (a wrapper type
//! with cache_info/cache_clear that binds like a function), total_ordering,
//! cached_property and cmp_to_key, after CPython's Lib/functools.py and
//! Modules/_functoolsmodule.c.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::collections::{
    data_of, getter, is_callable, make_namedtuple, new_class_arg, new_type, recv, register,
    registered, ReprGuard,
};
use super::{arity, builtin, kwarg, new_module};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::CmpOp;

const ASSIGNED: &[&str] = &[
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

fn module_fn(name: &'static str, func: BuiltinFn, module: &'static str) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        unwraps_self: false,
        module: Some(module),
    }))
}

fn str_tuple(items: &[&str]) -> Value {
    Value::tuple(items.iter().map(|s| Value::str(*s)).collect())
}

pub fn module(vm: &'static Vm) -> R<Value> {
    ensure(vm)?;
    let m = new_module("_functools");
    {
        let mut d = m.dict.borrow_mut();
        d.insert(
            Name::new("reduce"),
            module_fn("reduce", reduce, "_functools"),
        );
        d.insert(
            Name::new("update_wrapper"),
            module_fn("update_wrapper", update_wrapper, "functools"),
        );
        d.insert(Name::new("wraps"), module_fn("wraps", wraps, "functools"));
        d.insert(
            Name::new("lru_cache"),
            module_fn("lru_cache", lru_cache, "functools"),
        );
        d.insert(Name::new("cache"), module_fn("cache", cache, "functools"));
        d.insert(
            Name::new("total_ordering"),
            module_fn("total_ordering", total_ordering, "functools"),
        );
        d.insert(
            Name::new("cmp_to_key"),
            module_fn("cmp_to_key", cmp_to_key, "functools"),
        );
        for key in [
            "functools.partial",
            "functools.cached_property",
            "functools._lru_cache_wrapper",
        ] {
            if let Some(c) = registered(key) {
                d.insert(c.name.clone(), Value::Class(c));
            }
        }
        d.insert(Name::new("WRAPPER_ASSIGNMENTS"), str_tuple(ASSIGNED));
        d.insert(Name::new("WRAPPER_UPDATES"), str_tuple(&["__dict__"]));
    }
    Ok(Value::Module(m))
}

/// Makes the module's types once per interpreter.
fn ensure(vm: &'static Vm) -> R<()> {
    if registered("functools.partial").is_some() {
        return Ok(());
    }
    let partial = new_type(
        vm,
        "partial",
        "functools",
        &[("__call__", partial_call), ("__repr__", partial_repr)],
        Some(partial_new),
    );
    for (name, f) in [
        ("func", partial_func as BuiltinFn),
        ("args", partial_args),
        ("keywords", partial_keywords),
    ] {
        partial.dict.borrow_mut().insert(
            Name::new(name),
            super::collections::readonly(name, f, |vm, _, _| {
                Err(vm.attr_error("readonly attribute"))
            }),
        );
    }
    register("functools.partial", &partial);

    let lru = new_type(
        vm,
        "_lru_cache_wrapper",
        "functools",
        &[
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("cache_parameters", cache_parameters),
        ],
        Some(lru_new),
    );
    register("functools._lru_cache_wrapper", &lru);

    let method = new_type(
        vm,
        "method",
        "builtins",
        &[
            ("__call__", |vm, a, kw| {
                let m = recv::<Bound>(vm, a, "method", "__call__")?;
                let mut pos = vec![m.obj.clone()];
                pos.extend(a[1..].iter().cloned());
                vm.call(
                    &m.func,
                    Args {
                        pos,
                        kw: kw.to_vec(),
                    },
                )
            }),
            ("__getattr__", |vm, a, _| {
                arity(vm, "__getattr__", a, 2, 2)?;
                let m = recv::<Bound>(vm, a, "method", "__getattr__")?;
                let name = match &a[1] {
                    Value::Str(s) => Name::new(&s.text),
                    _ => return Err(vm.type_error("attribute name must be string")),
                };
                match name.as_str() {
                    "__self__" => Ok(m.obj.clone()),
                    "__func__" => Ok(m.func.clone()),
                    _ => vm.getattr(&m.func, &name),
                }
            }),
            ("__repr__", |vm, a, _| {
                let m = recv::<Bound>(vm, a, "method", "__repr__")?;
                let q = vm.getattr(&m.func, &vm.n.qualname)?;
                Ok(Value::str(format!(
                    "<bound method {} of {}>",
                    vm.str_of(&q)?,
                    vm.repr(&m.obj)?
                )))
            }),
            ("__eq__", |vm, a, _| {
                arity(vm, "__eq__", a, 2, 2)?;
                let m = recv::<Bound>(vm, a, "method", "__eq__")?;
                match data_of::<Bound>(&a[1]) {
                    Some(o) => Ok(Value::Bool(m.obj.is(&o.obj) && m.func.is(&o.func))),
                    None => Ok(Value::NotImplemented),
                }
            }),
            ("__hash__", |vm, a, _| {
                let m = recv::<Bound>(vm, a, "method", "__hash__")?;
                Ok(Value::Int(vm.hash(&m.obj)? ^ vm.hash(&m.func)?))
            }),
        ],
        None,
    );
    register("functools.method", &method);

    let cached = new_type(
        vm,
        "cached_property",
        "functools",
        &[("__set_name__", cached_set_name), ("__get__", cached_get)],
        None,
    );
    // Runs on the instance itself (it carries no Rust data).
    cached.dict.borrow_mut().insert(
        vm.n.init.clone(),
        super::collections::unwrapping("__init__", cached_init),
    );
    register("functools.cached_property", &cached);

    let key = new_type(
        vm,
        "KeyWrapper",
        "functools",
        &[
            ("__call__", key_call),
            ("__lt__", |vm, a, _| key_compare(vm, a, CmpOp::Lt)),
            ("__le__", |vm, a, _| key_compare(vm, a, CmpOp::LtE)),
            ("__gt__", |vm, a, _| key_compare(vm, a, CmpOp::Gt)),
            ("__ge__", |vm, a, _| key_compare(vm, a, CmpOp::GtE)),
            ("__eq__", |vm, a, _| key_compare(vm, a, CmpOp::Eq)),
            ("__ne__", |vm, a, _| key_compare(vm, a, CmpOp::NotEq)),
        ],
        None,
    );
    key.dict.borrow_mut().insert(
        Name::new("obj"),
        getter("obj", |vm, a, _| {
            let k = recv::<KeyWrapper>(vm, a, "functools.KeyWrapper", "obj")?;
            k.obj.clone().ok_or_else(|| vm.attr_error("obj"))
        }),
    );
    register("functools.KeyWrapper", &key);

    let info = make_namedtuple(
        vm,
        &[
            Value::str("CacheInfo"),
            str_tuple(&["hits", "misses", "maxsize", "currsize"]),
        ],
        &[(Name::new("module"), Value::str("functools"))],
    )?;
    if let Value::Class(c) = &info {
        register("functools.CacheInfo", c);
    }
    Ok(())
}

// ---- reduce ---------------------------------------------------------------

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    arity(vm, "reduce", a, 2, 3)?;
    let it = vm.iter(&a[1]).map_err(|e| {
        if vm.exc_is(&e, &vm.t.type_error) {
            vm.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], Args::new(vec![v, x]))?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial --------------------------------------------------------------

struct Partial {
    func: Value,
    args: Value,
    keywords: Value,
}

fn partial_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let base = registered("functools.partial").ok_or_else(|| vm.type_error("no partial"))?;
    let cls = new_class_arg(vm, a, &base)?.clone();
    let Some(func) = a.get(1) else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut func = func.clone();
    let mut args: Vec<Value> = Vec::new();
    let mut keywords = Dict::new();
    // A partial of a partial (without attributes of its own) is flattened.
    let inner = match &func {
        Value::Instance(i) if i.dict.borrow().is_empty() => {
            let own_call = base.dict.borrow().get(&vm.n.call).cloned();
            let call = i.class.lookup(&vm.n.call);
            let same = matches!((&own_call, &call), (Some(x), Some(y)) if x.is(y));
            if same {
                i.data::<Partial>().map(|p| {
                    (
                        p.func.clone(),
                        vm.to_vec(&p.args).unwrap_or_default(),
                        p.keywords.clone(),
                    )
                })
            } else {
                None
            }
        }
        _ => None,
    };
    if let Some((f, inner_args, inner_kw)) = inner {
        func = f;
        args = inner_args;
        if let Value::Dict(d) = &inner_kw {
            keywords = d.borrow().copy();
        }
    }
    args.extend(a[2..].iter().cloned());
    for (k, v) in kw {
        vm.dict_set(&mut keywords, Value::str(k.as_str()), v.clone())?;
    }
    Ok(Instance::with_data(
        cls,
        Partial {
            func,
            args: Value::tuple(args),
            keywords: Value::dict(keywords),
        },
    ))
}

fn this_partial<'a>(vm: &Vm, a: &'a [Value], m: &str) -> R<&'a Partial> {
    recv::<Partial>(vm, a, "functools.partial", m)
}

fn partial_call(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let p = this_partial(vm, a, "__call__")?;
    let mut pos = vm.to_vec(&p.args)?;
    pos.extend(a[1..].iter().cloned());
    let mut kws: Vec<(Name, Value)> = Vec::new();
    if let Value::Dict(d) = &p.keywords {
        for e in d.borrow().iter() {
            let Some(k) = e.key.as_str() else {
                return Err(vm.type_error("keywords must be strings"));
            };
            if !kw.iter().any(|(n, _)| n.as_str() == k) {
                kws.push((Name::new(k), e.value.clone()));
            }
        }
    }
    kws.extend(kw.iter().cloned());
    vm.call(&p.func, Args { pos, kw: kws })
}

fn partial_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let p = this_partial(vm, a, "__repr__")?;
    let class = vm.type_of(&a[0]);
    let name = if registered("functools.partial").is_some_and(|c| Rc::ptr_eq(&c, &class)) {
        "functools.partial".to_string()
    } else {
        class.name.to_string()
    };
    let Some(_guard) = ReprGuard::enter(vm, &a[0]) else {
        return Ok(Value::str("..."));
    };
    let mut out = format!("{name}({}", vm.repr(&p.func)?);
    for x in vm.to_vec(&p.args)? {
        out.push_str(", ");
        out.push_str(&vm.repr(&x)?);
    }
    if let Value::Dict(d) = &p.keywords {
        let items: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            out.push_str(&format!(", {}={}", vm.str_of(&k)?, vm.repr(&v)?));
        }
    }
    out.push(')');
    Ok(Value::str(out))
}

fn partial_func(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(this_partial(vm, a, "func")?.func.clone())
}

fn partial_args(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(this_partial(vm, a, "args")?.args.clone())
}

fn partial_keywords(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(this_partial(vm, a, "keywords")?.keywords.clone())
}

/// `partial(func, *args, **kw)` made from Rust.
fn make_partial(
    vm: &'static Vm,
    func: Value,
    args: Vec<Value>,
    kw: Vec<(Name, Value)>,
) -> R<Value> {
    let class = registered("functools.partial").ok_or_else(|| vm.type_error("no partial"))?;
    let mut pos = vec![func];
    pos.extend(args);
    vm.call(&Value::Class(class), Args { pos, kw })
}

// ---- update_wrapper, wraps ------------------------------------------------

fn update_wrapper(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let names = ["wrapper", "wrapped", "assigned", "updated"];
    for (k, _) in kw {
        if !names.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "update_wrapper() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if a.len() > 4 {
        return Err(vm.type_error(format!(
            "update_wrapper() takes from 2 to 4 positional arguments but {} were given",
            a.len()
        )));
    }
    let get = |i: usize| a.get(i).or_else(|| kwarg(kw, names[i])).cloned();
    let (Some(wrapper), Some(wrapped)) = (get(0), get(1)) else {
        let missing: Vec<&str> = [0, 1]
            .iter()
            .filter(|&&i| get(i).is_none())
            .map(|&i| names[i])
            .collect();
        return Err(vm.type_error(if missing.len() == 2 {
            "update_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'"
                .to_string()
        } else {
            format!(
                "update_wrapper() missing 1 required positional argument: '{}'",
                missing.first().unwrap_or(&"wrapped")
            )
        }));
    };
    let assigned = match get(2) {
        Some(v) => vm.to_vec(&v)?,
        None => ASSIGNED.iter().map(|s| Value::str(*s)).collect(),
    };
    let updated = match get(3) {
        Some(v) => vm.to_vec(&v)?,
        None => vec![Value::str("__dict__")],
    };
    do_update_wrapper(vm, &wrapper, &wrapped, &assigned, &updated)?;
    Ok(wrapper)
}

fn do_update_wrapper(
    vm: &'static Vm,
    wrapper: &Value,
    wrapped: &Value,
    assigned: &[Value],
    updated: &[Value],
) -> R<()> {
    for attr in assigned {
        let name = Name::new(&vm.str_of(attr)?);
        match vm.getattr(wrapped, &name) {
            Ok(v) => vm.setattr(wrapper, &name, v)?,
            Err(e) if vm.exc_is(&e, &vm.t.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    for attr in updated {
        let name = Name::new(&vm.str_of(attr)?);
        let src = match vm.getattr(wrapped, &name) {
            Ok(v) => v,
            Err(e) if vm.exc_is(&e, &vm.t.attribute_error) => continue,
            Err(e) => return Err(e),
        };
        let target = vm.getattr(wrapper, &name)?;
        vm.call_method(&target, &Name::new("update"), Args::new(vec![src]))?;
    }
    vm.setattr(wrapper, &vm.n.wrapped, wrapped.clone())
}

/// `wraps(wrapped, assigned=..., updated=...)`: a partial of update_wrapper.
fn wraps(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let names = ["wrapped", "assigned", "updated"];
    for (k, _) in kw {
        if !names.contains(&k.as_str()) {
            return Err(vm.type_error(format!("wraps() got an unexpected keyword argument '{k}'")));
        }
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "wraps() takes from 1 to 3 positional arguments but {} were given",
            a.len()
        )));
    }
    let get = |i: usize| a.get(i).or_else(|| kwarg(kw, names[i])).cloned();
    let Some(wrapped) = get(0) else {
        return Err(vm.type_error("wraps() missing 1 required positional argument: 'wrapped'"));
    };
    let assigned = get(1).unwrap_or_else(|| str_tuple(ASSIGNED));
    let updated = get(2).unwrap_or_else(|| str_tuple(&["__dict__"]));
    let uw = module_fn("update_wrapper", update_wrapper, "functools");
    make_partial(
        vm,
        uw,
        Vec::new(),
        vec![
            (Name::new("wrapped"), wrapped),
            (Name::new("assigned"), assigned),
            (Name::new("updated"), updated),
        ],
    )
}

// ---- lru_cache ------------------------------------------------------------

struct LruCache {
    func: Value,
    /// `None`: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    cache: RefCell<Dict>,
    hits: Cell<i64>,
    misses: Cell<i64>,
    /// Separates positional from keyword arguments in keys.
    kwd_mark: Value,
}

/// A method bound by the cache wrapper's `__get__`.
struct Bound {
    func: Value,
    obj: Value,
}

/// `lru_cache(maxsize=128, typed=False)` or `lru_cache(user_function)`.
fn lru_cache(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    for (k, _) in kw {
        if !["maxsize", "typed"].contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "lru_cache() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "lru_cache() takes from 0 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let maxsize = a
        .first()
        .or_else(|| kwarg(kw, "maxsize"))
        .cloned()
        .unwrap_or(Value::Int(128));
    let typed = a
        .get(1)
        .or_else(|| kwarg(kw, "typed"))
        .cloned()
        .unwrap_or(Value::Bool(false));
    let class = Value::Class(
        registered("functools._lru_cache_wrapper").ok_or_else(|| vm.type_error("no lru"))?,
    );
    match &maxsize {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::None => {}
        f if is_callable(vm, f) => {
            // @lru_cache without arguments.
            return vm.call(&class, Args::new(vec![f.clone(), Value::Int(128), typed]));
        }
        _ => {
            return Err(
                vm.type_error("Expected first argument to be an integer, a callable, or None")
            )
        }
    }
    make_partial(
        vm,
        class,
        Vec::new(),
        vec![(Name::new("maxsize"), maxsize), (Name::new("typed"), typed)],
    )
}

fn cache(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() || a.len() != 1 {
        return Err(vm.type_error(format!(
            "cache() takes 1 positional argument but {} were given",
            a.len() + kw.len()
        )));
    }
    lru_cache(vm, &[Value::None], &[]).and_then(|d| vm.call(&d, Args::new(vec![a[0].clone()])))
}

/// `_lru_cache_wrapper(user_function, maxsize, typed)`.
fn lru_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let base = registered("functools._lru_cache_wrapper").ok_or_else(|| vm.type_error("no lru"))?;
    let cls = new_class_arg(vm, a, &base)?.clone();
    let get = |i: usize, name: &str| a.get(i).or_else(|| kwarg(kw, name)).cloned();
    let Some(func) = get(1, "user_function") else {
        return Err(vm.type_error("_lru_cache_wrapper() missing required argument 'user_function'"));
    };
    if !is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = match get(2, "maxsize").unwrap_or(Value::Int(128)) {
        Value::None => None,
        Value::Int(n) => Some(n.max(0) as usize),
        Value::Bool(b) => Some(b as usize),
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                Some(0)
            } else {
                Some(usize::MAX)
            }
        }
        _ => return Err(vm.type_error("maxsize should be integer or None")),
    };
    let typed = match get(3, "typed") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let wrapper = Instance::with_data(
        cls,
        LruCache {
            func: func.clone(),
            maxsize,
            typed,
            cache: RefCell::new(Dict::new()),
            hits: Cell::new(0),
            misses: Cell::new(0),
            kwd_mark: vm.new_instance(&vm.t.object, &Args::default()),
        },
    );
    let assigned: Vec<Value> = ASSIGNED.iter().map(|s| Value::str(*s)).collect();
    do_update_wrapper(vm, &wrapper, &func, &assigned, &[Value::str("__dict__")])?;
    Ok(wrapper)
}

fn this_lru<'a>(vm: &Vm, a: &'a [Value], m: &str) -> R<&'a LruCache> {
    recv::<LruCache>(vm, a, "functools._lru_cache_wrapper", m)
}

/// The cache key of a call, as CPython's `_make_key` builds it.
fn make_key(vm: &'static Vm, c: &LruCache, args: &[Value], kw: &[(Name, Value)]) -> Value {
    if !c.typed && kw.is_empty() && args.len() == 1 {
        if let Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))) = args.first() {
            return v.clone();
        }
    }
    let mut key: Vec<Value> = args.to_vec();
    if !kw.is_empty() {
        key.push(c.kwd_mark.clone());
        for (k, v) in kw {
            key.push(Value::str(k.as_str()));
            key.push(v.clone());
        }
    }
    if c.typed {
        for v in args {
            key.push(Value::Class(vm.type_of(v)));
        }
        for (_, v) in kw {
            key.push(Value::Class(vm.type_of(v)));
        }
    }
    Value::tuple(key)
}

fn lru_call(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let c = this_lru(vm, a, "__call__")?;
    let args = &a[1..];
    let call = || {
        vm.call(
            &c.func,
            Args {
                pos: args.to_vec(),
                kw: kw.to_vec(),
            },
        )
    };
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return call();
    }
    let key = make_key(vm, c, args, kw);
    if let Some(i) = vm.dict_find(&c.cache, &key)? {
        let hit = c.cache.borrow().entry(i).map(|e| e.value.clone());
        if let Some(v) = hit {
            c.hits.set(c.hits.get() + 1);
            if c.maxsize.is_some() {
                c.cache.borrow_mut().move_to_end(i);
            }
            return Ok(v);
        }
    }
    c.misses.set(c.misses.get() + 1);
    let result = call()?;
    match c.maxsize {
        None => vm.dict_insert(&c.cache, key, result.clone())?,
        Some(max) => {
            // The same key may have been added during the call.
            if vm.dict_find(&c.cache, &key)?.is_none() {
                if c.cache.borrow().len() >= max {
                    let first = c.cache.borrow().first_index();
                    let old = first.and_then(|i| c.cache.borrow_mut().remove_at(i));
                    drop(old);
                }
                vm.dict_insert(&c.cache, key, result.clone())?;
            }
        }
    }
    Ok(result)
}

/// Binds like a function: through an instance, a bound method.
fn lru_get(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__get__", a, 2, 3)?;
    this_lru(vm, a, "__get__")?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let class = registered("functools.method").ok_or_else(|| vm.type_error("no method"))?;
    Ok(Instance::with_data(
        class,
        Bound {
            func: a[0].clone(),
            obj: a[1].clone(),
        },
    ))
}

fn cache_info(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "cache_info", a, 1, 1)?;
    let c = this_lru(vm, a, "cache_info")?;
    let info = registered("functools.CacheInfo").ok_or_else(|| vm.type_error("no CacheInfo"))?;
    let maxsize = c.maxsize.map_or(Value::None, |m| Value::Int(m as i64));
    vm.call(
        &Value::Class(info),
        Args::new(vec![
            Value::Int(c.hits.get()),
            Value::Int(c.misses.get()),
            maxsize,
            Value::Int(c.cache.borrow().len() as i64),
        ]),
    )
}

fn cache_clear(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "cache_clear", a, 1, 1)?;
    let c = this_lru(vm, a, "cache_clear")?;
    let old = std::mem::take(&mut *c.cache.borrow_mut());
    drop(old);
    c.hits.set(0);
    c.misses.set(0);
    Ok(Value::None)
}

fn cache_parameters(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "cache_parameters", a, 1, 1)?;
    let c = this_lru(vm, a, "cache_parameters")?;
    let mut d = Dict::new();
    d.set_str(
        "maxsize",
        c.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
    );
    d.set_str("typed", Value::Bool(c.typed));
    Ok(Value::dict(d))
}

// ---- total_ordering -------------------------------------------------------

const ORDER: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// The comparisons derived from each root, in CPython's order.
fn derived(root: &str) -> [(&'static str, BuiltinFn); 3] {
    match root {
        "__lt__" => [
            ("__gt__", gt_from_lt),
            ("__le__", le_from_lt),
            ("__ge__", ge_from_lt),
        ],
        "__le__" => [
            ("__ge__", ge_from_le),
            ("__lt__", lt_from_le),
            ("__gt__", gt_from_le),
        ],
        "__gt__" => [
            ("__lt__", lt_from_gt),
            ("__ge__", ge_from_gt),
            ("__le__", le_from_gt),
        ],
        _ => [
            ("__le__", le_from_ge),
            ("__gt__", gt_from_ge),
            ("__lt__", lt_from_ge),
        ],
    }
}

fn total_ordering(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() || a.len() != 1 {
        return Err(vm.type_error(format!(
            "total_ordering() takes 1 positional argument but {} were given",
            a.len() + kw.len()
        )));
    }
    let cls = &a[0];
    let object = Value::Class(vm.t.object.clone());
    let mut roots = Vec::new();
    for op in ORDER {
        let name = Name::new(op);
        let mine = match vm.getattr(cls, &name) {
            Ok(v) => Some(v),
            Err(e) if vm.exc_is(&e, &vm.t.attribute_error) => None,
            Err(e) => return Err(e),
        };
        let base = vm.getattr(&object, &name).ok();
        let same = match (&mine, &base) {
            (None, None) => true,
            (Some(x), Some(y)) => x.is(y),
            _ => false,
        };
        if !same {
            roots.push(op);
        }
    }
    // max(roots): '__lt__' > '__le__' > '__gt__' > '__ge__'.
    let Some(root) = ORDER.iter().find(|op| roots.contains(op)) else {
        return Err(vm.value_error("must define at least one ordering operation: < > <= >="));
    };
    for (name, f) in derived(root) {
        if !roots.contains(&name) {
            vm.setattr(cls, &Name::new(name), builtin(name, f))?;
        }
    }
    Ok(cls.clone())
}

/// `type(self).<root>(self, other)`, or `None` for NotImplemented.
fn root_result(vm: &'static Vm, a: &[Value], root: &str) -> R<Option<Value>> {
    arity(vm, root, a, 2, 2)?;
    let f = vm.getattr(&Value::Class(vm.type_of(&a[0])), &Name::new(root))?;
    let r = vm.call(&f, Args::new(vec![a[0].clone(), a[1].clone()]))?;
    Ok(match r {
        Value::NotImplemented => None,
        r => Some(r),
    })
}

fn cmp(vm: &'static Vm, op: CmpOp, a: &[Value]) -> R<Value> {
    vm.rich_compare(op, &a[0], &a[1])
}

macro_rules! derive_cmp {
    ($name:ident, $root:literal, |$vm:ident, $a:ident, $r:ident| $body:expr) => {
        fn $name($vm: &'static Vm, $a: &[Value], _: &[(Name, Value)]) -> R<Value> {
            let Some($r) = root_result($vm, $a, $root)? else {
                return Ok(Value::NotImplemented);
            };
            $body
        }
    };
}

// not op_result and self != other
derive_cmp!(gt_from_lt, "__lt__", |vm, a, r| if vm.truthy(&r)? {
    Ok(Value::Bool(false))
} else {
    cmp(vm, CmpOp::NotEq, a)
});
// op_result or self == other
derive_cmp!(le_from_lt, "__lt__", |vm, a, r| if vm.truthy(&r)? {
    Ok(r)
} else {
    cmp(vm, CmpOp::Eq, a)
});
derive_cmp!(ge_from_lt, "__lt__", |vm, a, r| Ok(Value::Bool(
    !vm.truthy(&r)?
)));
// not op_result or self == other
derive_cmp!(ge_from_le, "__le__", |vm, a, r| if !vm.truthy(&r)? {
    Ok(Value::Bool(true))
} else {
    cmp(vm, CmpOp::Eq, a)
});
// op_result and self != other
derive_cmp!(lt_from_le, "__le__", |vm, a, r| if vm.truthy(&r)? {
    cmp(vm, CmpOp::NotEq, a)
} else {
    Ok(r)
});
derive_cmp!(gt_from_le, "__le__", |vm, a, r| Ok(Value::Bool(
    !vm.truthy(&r)?
)));
derive_cmp!(lt_from_gt, "__gt__", |vm, a, r| if vm.truthy(&r)? {
    Ok(Value::Bool(false))
} else {
    cmp(vm, CmpOp::NotEq, a)
});
derive_cmp!(ge_from_gt, "__gt__", |vm, a, r| if vm.truthy(&r)? {
    Ok(r)
} else {
    cmp(vm, CmpOp::Eq, a)
});
derive_cmp!(le_from_gt, "__gt__", |vm, a, r| Ok(Value::Bool(
    !vm.truthy(&r)?
)));
derive_cmp!(le_from_ge, "__ge__", |vm, a, r| if !vm.truthy(&r)? {
    Ok(Value::Bool(true))
} else {
    cmp(vm, CmpOp::Eq, a)
});
derive_cmp!(gt_from_ge, "__ge__", |vm, a, r| if vm.truthy(&r)? {
    cmp(vm, CmpOp::NotEq, a)
} else {
    Ok(r)
});
derive_cmp!(lt_from_ge, "__ge__", |vm, a, r| Ok(Value::Bool(
    !vm.truthy(&r)?
)));

// ---- cached_property ------------------------------------------------------

fn attrname() -> Name {
    Name::new("attrname")
}

/// `cached_property(func)`: its state is in the instance dict (`func`,
/// `attrname`, `__doc__`), as in CPython.
fn cached_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if !kw.is_empty() || a.len() != 2 {
        return Err(vm.type_error(format!(
            "cached_property.__init__() takes 2 positional arguments but {} were given",
            a.len() + kw.len()
        )));
    }
    let doc = match vm.getattr(&a[1], &vm.n.doc) {
        Ok(d) => d,
        Err(e) if vm.exc_is(&e, &vm.t.attribute_error) => Value::None,
        Err(e) => return Err(e),
    };
    vm.setattr(&a[0], &Name::new("func"), a[1].clone())?;
    vm.setattr(&a[0], &attrname(), Value::None)?;
    vm.setattr(&a[0], &vm.n.doc, doc)?;
    Ok(Value::None)
}

fn cached_set_name(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__set_name__", a, 3, 3)?;
    let current = vm.getattr(&a[0], &attrname())?;
    if current.is_none() {
        vm.setattr(&a[0], &attrname(), a[2].clone())?;
    } else if !vm.eq(&current, &a[2])? {
        return Err(vm.type_error(format!(
            "Cannot assign the same cached_property to two different names ({} and {}).",
            vm.repr(&current)?,
            vm.repr(&a[2])?
        )));
    }
    Ok(Value::None)
}

fn cached_get(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__get__", a, 2, 3)?;
    let obj = &a[1];
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    let name = vm.getattr(&a[0], &attrname())?;
    let Some(name) = name.as_str().map(Name::new) else {
        return Err(vm.type_error(
            "Cannot use cached_property instance without calling __set_name__ on it.",
        ));
    };
    let Value::Instance(inst) = obj else {
        return Err(vm.type_error(format!(
            "No '__dict__' attribute on {} instance to cache {} property.",
            vm.repr(&Value::str(vm.type_name(obj).as_str()))?,
            vm.repr(&Value::str(name.as_str()))?
        )));
    };
    if let Some(v) = inst.dict.borrow().get(&name) {
        return Ok(v);
    }
    let hooks = inst
        .class
        .hooks(&vm.n.getattribute, &vm.n.setattr, &vm.n.slots);
    if hooks & HOOK_SLOTS != 0 {
        return Err(vm.type_error(format!(
            "No '__dict__' attribute on {} instance to cache {} property.",
            vm.repr(&Value::str(inst.class.name.as_str()))?,
            vm.repr(&Value::str(name.as_str()))?
        )));
    }
    let func = vm.getattr(&a[0], &Name::new("func"))?;
    let v = vm.call(&func, Args::new(vec![obj.clone()]))?;
    inst.dict.borrow_mut().insert(name, v.clone());
    Ok(v)
}

// ---- cmp_to_key -----------------------------------------------------------

struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

fn cmp_to_key(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let f = match (a.first(), kwarg(kw, "mycmp")) {
        (Some(f), None) if a.len() == 1 && kw.is_empty() => f.clone(),
        (None, Some(f)) if kw.len() == 1 => f.clone(),
        _ => return Err(vm.type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)")),
    };
    let class = registered("functools.KeyWrapper").ok_or_else(|| vm.type_error("no KeyWrapper"))?;
    Ok(Instance::with_data(class, KeyWrapper { cmp: f, obj: None }))
}

fn key_call(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let k = recv::<KeyWrapper>(vm, a, "functools.KeyWrapper", "__call__")?;
    let obj = match (a.get(1), kwarg(kw, "obj")) {
        (Some(o), None) if a.len() == 2 && kw.is_empty() => o.clone(),
        (None, Some(o)) if kw.len() == 1 => o.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "K() takes exactly 1 argument ({} given)",
                a.len() - 1 + kw.len()
            )))
        }
    };
    let class = vm.type_of(&a[0]);
    Ok(Instance::with_data(
        class,
        KeyWrapper {
            cmp: k.cmp.clone(),
            obj: Some(obj),
        },
    ))
}

fn key_compare(vm: &'static Vm, a: &[Value], op: CmpOp) -> R<Value> {
    arity(vm, "__lt__", a, 2, 2)?;
    let k = recv::<KeyWrapper>(vm, a, "functools.KeyWrapper", "__lt__")?;
    let Some(other) = data_of::<KeyWrapper>(&a[1]) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (&k.obj, &other.obj) else {
        return Err(vm.attr_error("object"));
    };
    let r = vm.call(&k.cmp, Args::new(vec![x.clone(), y.clone()]))?;
    vm.rich_compare(op, &r, &Value::Int(0))
}
