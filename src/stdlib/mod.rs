//! What the interpreter provides natively: the builtins module, the
//! methods of the built-in types, and built-in modules (`sys`). Builtins
//! are registered in one place per module or type.

mod builtins;
pub mod collections;
mod construct;
mod environ;
mod exec;
mod file;
pub mod functools;
mod heapq;
mod inspect;
pub mod itertools;
mod json;
mod math;
mod operator;
mod os;
mod random;
mod re;
mod string;
mod structseq;
mod sys;
mod time;
mod traceback;
mod types;
pub use types::bytes::bytes_like;

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Vm, R};
use crate::runtime::*;

/// Registers the builtins module's functions and the built-in types'
/// methods.
pub fn install(vm: &'static Vm) {
    builtins::install(vm);
    types::install(vm);
}

/// A built-in module by name, created on first import.
pub fn builtin_module(vm: &'static Vm, name: &str) -> Option<Value> {
    let m = native_module(vm, name)?;
    // Packages in CPython: `import json.x` looks for a submodule (and
    // finds none) rather than complaining that json is no package.
    if let (Value::Module(module), "json" | "re") = (&m, name) {
        module
            .dict
            .borrow_mut()
            .insert(Name::new("__path__"), Value::list(Vec::new()));
    }
    Some(m)
}

fn native_module(vm: &'static Vm, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(sys::module(vm)),
        "time" => Some(time::module(vm)),
        "_asyncio" => Some(crate::aio::api::module(vm)),
        "os" => Some(os::module(vm)),
        "os.path" => Some(os::path_module(vm)),
        // CPython's name for os.path on POSIX: the same module.
        "posixpath" => vm.import_module("os.path").ok(),
        "json" => Some(json::module(vm)),
        "re" => Some(re::module(vm)),
        "math" => Some(math::module(vm)),
        "random" => Some(random::module(vm)),
        "operator" => Some(operator::module(vm)),
        "string" => Some(string::module(vm)),
        "inspect" => Some(inspect::module(vm)),
        "_traceback" => Some(traceback::module(vm)),
        "builtins" => Some(Value::Module(vm.builtins.clone())),
        "_collections" => collections::module(vm).ok(),
        "collections.abc" => collections::abc::module(vm).ok(),
        "itertools" => Some(itertools::module(vm)),
        "_functools" => functools::module(vm).ok(),
        "_heapq" => Some(heapq::module()),
        _ => None,
    }
}

/// The source of a standard module written in weft's own Python (in
/// src/stdlib/py/): the class- and generator-building modules, whose
/// behaviour comes from the interpreter's own class machinery, as in
/// CPython. Compiled on first import.
pub fn python_module(name: &str) -> Option<&'static str> {
    Some(match name {
        "enum" => include_str!("py/enum.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "copy" => include_str!("py/copy.py"),
        "typing" => include_str!("py/typing.py"),
        "contextlib" => include_str!("py/contextlib.py"),
        "io" => include_str!("py/io.py"),
        "traceback" => include_str!("py/traceback.py"),
        "asyncio" => include_str!("py/asyncio.py"),
        "__future__" => include_str!("py/__future__.py"),
        "heapq" => include_str!("py/heapq.py"),
        "functools" => include_str!("py/functools.py"),
        "_strptime" => include_str!("py/_strptime.py"),
        "collections" => include_str!("py/collections.py"),
        "importlib" => include_str!("py/importlib.py"),
        _ => return None,
    })
}

pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        unwraps_self: false,
        module: None,
    }))
}

/// Adds functions to a namespace.
pub fn add_fns(attrs: &mut Attrs, fns: &[(&'static str, BuiltinFn)]) {
    for (name, f) in fns {
        attrs.insert(Name::new(name), builtin(name, *f));
    }
}

/// Adds methods to a built-in class. Those of a value type (int, list...)
/// see the value inside an instance of a Python subclass.
pub fn add_methods(class: &Class, fns: &[(&'static str, BuiltinFn)]) {
    let unwraps_self = class.layout == Layout::Native;
    let mut attrs = class.dict.borrow_mut();
    for (name, func) in fns {
        let b = Builtin {
            name,
            func: *func,
            unwraps_self,
            module: None,
        };
        attrs.insert(Name::new(name), Value::Builtin(Rc::new(b)));
    }
}

/// A class defined in Rust by a stdlib module (`collections.deque`,
/// `bytearray`): an ordinary class whose methods are builtins. Its
/// instances carry their Rust data (`Instance::with_data`), which its
/// `__new__` (a `Value::StaticMethod` in `methods`' class dict, added by
/// the caller) creates; Python subclasses inherit it.
pub fn stdlib_class(
    vm: &Vm,
    name: &str,
    module: &str,
    methods: &[(&'static str, BuiltinFn)],
) -> Rc<Class> {
    let mut attrs = Attrs::default();
    add_fns(&mut attrs, methods);
    if attrs.contains_key(&vm.n.eq) && !attrs.contains_key(&vm.n.hash) {
        attrs.insert(vm.n.hash.clone(), Value::None);
    }
    Rc::new(Class {
        name: Name::new(name),
        qualname: RefCell::new(name.into()),
        module: RefCell::new(module.into()),
        bases: vec![vm.t.object.clone()],
        mro: vec![vm.t.object.clone()],
        dict: RefCell::new(attrs),
        layout: Layout::Object,
        metaclass: None,
        hook_cache: std::cell::Cell::new(0),
    })
}

pub fn new_module(name: &str) -> Rc<Module> {
    let m = Rc::new(Module {
        name: Name::new(name),
        file: None,
        dict: Namespace::default(),
    });
    m.dict
        .borrow_mut()
        .insert(Name::new("__name__"), Value::str(name));
    m
}

/// Checks a built-in's argument count, with CPython's wording.
pub fn arity(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> R<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

/// How a function words its argument errors: a Python function's
/// (`f() missing 1 required positional argument: 'x'`) or a C method's
/// (`f() missing required argument 'x' (pos 1)`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArgStyle {
    Python,
    C,
}

/// Binds positional and keyword arguments to `names`, the first
/// `required` of which must be given, with the messages of a Python
/// function or of a C function's argument clinic.
pub(crate) fn bind_args(
    vm: &Vm,
    fname: &str,
    a: &[Value],
    kw: &[(Name, Value)],
    names: &[&str],
    required: usize,
    style: ArgStyle,
) -> R<Vec<Option<Value>>> {
    if style == ArgStyle::Python {
        return bind_python(vm, fname, a, kw, names, required, &[]);
    }
    let n = names.len();
    // The argument clinic counts keywords too (`takes at most 3 arguments
    // (4 given)` for three positional and one keyword).
    if a.len() + kw.len() > n {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            a.len() + kw.len()
        )));
    }
    let mut out: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
    out.resize(n, None);
    for (k, v) in kw {
        match names.iter().position(|x| *x == k.as_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    if let Some(first) = (0..required).find(|&i| out[i].is_none()) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[first],
            first + 1
        )));
    }
    Ok(out)
}

/// Binds arguments as a function written in Python does, with its
/// messages: one slot per parameter of `pos` (the first `required` of
/// which must be given), then of `kwonly`. Keyword problems are found
/// before too many positionals, as CPython's frame setup finds them.
pub(crate) fn bind_python(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: &[(Name, Value)],
    pos: &[&str],
    required: usize,
    kwonly: &[&str],
) -> R<Vec<Option<Value>>> {
    let np = pos.len();
    let mut out: Vec<Option<Value>> = vec![None; np + kwonly.len()];
    for (slot, a) in out.iter_mut().zip(args.iter().take(np)) {
        *slot = Some(a.clone());
    }
    for (k, v) in kw {
        let i = match pos.iter().position(|p| *p == k.as_str()) {
            Some(i) => i,
            None => match kwonly.iter().position(|p| *p == k.as_str()) {
                Some(i) => np + i,
                None => {
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{k}'"
                    )))
                }
            },
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!("{fname}() got multiple values for argument '{k}'")));
        }
        out[i] = Some(v.clone());
    }
    if args.len() > np {
        let given = args.len();
        let were = if given == 1 { "was" } else { "were" };
        let msg = if required == np {
            let s = if np == 1 { "" } else { "s" };
            format!("{fname}() takes {np} positional argument{s} but {given} {were} given")
        } else {
            format!(
                "{fname}() takes from {required} to {np} positional arguments but {given} {were} given"
            )
        };
        return Err(vm.type_error(msg));
    }
    let missing: Vec<&str> = pos[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| *p)
        .collect();
    if !missing.is_empty() {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() missing {} required positional argument{s}: {list}",
            missing.len()
        )));
    }
    Ok(out)
}

/// Refuses keyword arguments to a built-in that takes none.
pub fn no_kwargs(vm: &Vm, name: &str, kw: &[(Name, Value)]) -> R<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A keyword argument by name.
pub fn kwarg<'a>(kw: &'a [(Name, Value)], name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

/// Refuses keyword arguments outside `allowed`.
pub fn only_kwargs(vm: &Vm, fname: &str, kw: &[(Name, Value)], allowed: &[&str]) -> R<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// An integer argument.
pub fn int_arg(vm: &'static Vm, v: &Value) -> R<i64> {
    match vm.index_of(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

pub fn str_arg<'a>(vm: &Vm, fname: &str, v: &'a Value) -> R<&'a str> {
    match v {
        Value::Str(s) => Ok(&s.text),
        other => Err(vm.type_error(format!(
            "{fname}() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}
