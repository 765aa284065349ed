//! collections.namedtuple: makes a subclass of tuple (instances carry
//! their tuple in `Instance::native`) with a `__new__` that binds the
//! fields as CPython's generated `__new__` does, `_tuplegetter`
//! descriptors for the field names, and `_make`, `_replace`, `_asdict`.

use std::cell::RefCell;
use std::rc::Rc;

use super::super::{arity, builtin, kwarg, str_arg};
use super::{data_of, derive, new_type, register, registered};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The descriptor behind a field name: item `index` of the tuple.
struct TupleGetter {
    index: usize,
}

fn getter_class(vm: &'static Vm) -> Rc<Class> {
    if let Some(c) = registered("collections._tuplegetter") {
        return c;
    }
    let class = new_type(
        vm,
        "_tuplegetter",
        "collections",
        &[
            ("__get__", |vm, a, _| {
                arity(vm, "__get__", a, 2, 3)?;
                let Some(g) = data_of::<TupleGetter>(&a[0]) else {
                    return Err(
                        vm.type_error("descriptor '__get__' requires a '_tuplegetter' object")
                    );
                };
                let items = match &a[1] {
                    Value::None => return Ok(a[0].clone()),
                    Value::Tuple(t) => t.clone(),
                    Value::Instance(i) => match &i.native {
                        Some(Value::Tuple(t)) => t.clone(),
                        _ => {
                            return Err(vm.type_error(format!(
                                "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                                g.index,
                                vm.type_name(&a[1])
                            )))
                        }
                    },
                    other => {
                        return Err(vm.type_error(format!(
                            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
                            g.index,
                            vm.type_name(other)
                        )))
                    }
                };
                items
                    .get(g.index)
                    .cloned()
                    .ok_or_else(|| vm.index_error("tuple index out of range"))
            }),
            ("__set__", |vm, _, _| {
                Err(vm.attr_error("can't set attribute"))
            }),
            ("__delete__", |vm, _, _| {
                Err(vm.attr_error("can't delete attribute"))
            }),
            ("__repr__", |vm, a, _| {
                arity(vm, "__repr__", a, 1, 1)?;
                let index = data_of::<TupleGetter>(&a[0]).map_or(0, |g| g.index);
                let doc = vm.getattr(&a[0], &vm.n.doc)?;
                Ok(Value::str(format!(
                    "_tuplegetter({index}, {})",
                    vm.repr(&doc)?
                )))
            }),
        ],
        None,
    );
    register("collections._tuplegetter", &class);
    class
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None)`.
pub fn namedtuple(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "namedtuple() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    for (k, _) in kw {
        let known = ["typename", "field_names", "rename", "defaults", "module"];
        if !known.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "namedtuple() got an unexpected keyword argument '{k}'"
            )));
        }
        if (k.as_str() == "typename" && !a.is_empty())
            || (k.as_str() == "field_names" && a.len() > 1)
        {
            return Err(vm.type_error(format!(
                "namedtuple() got multiple values for argument '{k}'"
            )));
        }
    }
    let typename = a.first().or_else(|| kwarg(kw, "typename")).cloned();
    let field_names = a.get(1).or_else(|| kwarg(kw, "field_names")).cloned();
    let (typename, field_names) = match (typename, field_names) {
        (Some(t), Some(f)) => (t, f),
        (None, Some(_)) => {
            return Err(
                vm.type_error("namedtuple() missing 1 required positional argument: 'typename'")
            )
        }
        (Some(_), None) => {
            return Err(
                vm.type_error("namedtuple() missing 1 required positional argument: 'field_names'")
            )
        }
        (None, None) => return Err(vm.type_error(
            "namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'",
        )),
    };
    let rename = match kwarg(kw, "rename") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let defaults = kwarg(kw, "defaults").cloned().unwrap_or(Value::None);
    let module = kwarg(kw, "module").cloned().unwrap_or(Value::None);

    let mut fields: Vec<String> = match &field_names {
        Value::Str(s) => s
            .text
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        other => {
            let mut out = Vec::new();
            for f in vm.to_vec(other)? {
                out.push(vm.str_of(&f)?);
            }
            out
        }
    };
    let typename = vm.str_of(&typename)?;
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (index, name) in fields.iter_mut().enumerate() {
            let original = name.clone();
            if !is_identifier(vm, name)?
                || KEYWORDS.contains(&name.as_str())
                || name.starts_with('_')
                || seen.contains(name)
            {
                *name = format!("_{index}");
            }
            seen.push(original);
        }
    }
    for name in std::iter::once(&typename).chain(fields.iter()) {
        if !is_identifier(vm, name)? {
            return Err(vm.value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                vm.repr(&Value::str(name.as_str()))?
            )));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(vm.value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                vm.repr(&Value::str(name.as_str()))?
            )));
        }
    }
    let mut seen: Vec<&String> = Vec::new();
    for name in &fields {
        if name.starts_with('_') && !rename {
            return Err(vm.value_error(format!(
                "Field names cannot start with an underscore: {}",
                vm.repr(&Value::str(name.as_str()))?
            )));
        }
        if seen.contains(&name) {
            return Err(vm.value_error(format!(
                "Encountered duplicate field name: {}",
                vm.repr(&Value::str(name.as_str()))?
            )));
        }
        seen.push(name);
    }
    let mut field_defaults = Dict::new();
    if !defaults.is_none() {
        let defaults = vm.to_vec(&defaults)?;
        if defaults.len() > fields.len() {
            return Err(vm.type_error("Got more default values than field names"));
        }
        let first = fields.len() - defaults.len();
        for (name, v) in fields[first..].iter().zip(defaults) {
            vm.dict_set(&mut field_defaults, Value::str(name.as_str()), v)?;
        }
    }
    let module = if module.is_none() {
        Value::str("__main__")
    } else {
        module
    };

    let class = derive(
        vm,
        &vm.t.tuple,
        &typename,
        "__main__",
        &[
            ("__repr__", nt_repr),
            ("_asdict", asdict),
            ("_replace", replace),
            ("__getnewargs__", |vm, a, _| {
                arity(vm, "__getnewargs__", a, 1, 1)?;
                Ok(Value::tuple(items_of(vm, &a[0])?.to_vec()))
            }),
        ],
    )?;
    let field_values: Vec<Value> = fields.iter().map(|f| Value::str(f.as_str())).collect();
    {
        let getter = getter_class(vm);
        let mut d = class.dict.borrow_mut();
        d.insert(vm.n.module.clone(), module.clone());
        d.insert(
            vm.n.doc.clone(),
            Value::str(format!("{typename}({})", fields.join(", "))),
        );
        d.insert(vm.n.slots.clone(), Value::tuple(Vec::new()));
        d.insert(Name::new("_fields"), Value::tuple(field_values.clone()));
        d.insert(Name::new("_field_defaults"), Value::dict(field_defaults));
        d.insert(Name::new("__match_args__"), Value::tuple(field_values));
        d.insert(
            vm.n.new.clone(),
            Value::StaticMethod(Rc::new(builtin("__new__", nt_new))),
        );
        d.insert(
            Name::new("_make"),
            Value::ClassMethod(Rc::new(builtin("_make", make))),
        );
        for (index, name) in fields.iter().enumerate() {
            let g = Instance::with_data(getter.clone(), TupleGetter { index });
            if let Value::Instance(i) = &g {
                i.dict.borrow_mut().insert(
                    vm.n.doc.clone(),
                    Value::str(format!("Alias for field number {index}")),
                );
            }
            d.insert(Name::new(name), g);
        }
    }
    if let Some(m) = module.as_str() {
        *class.module.borrow_mut() = m.into();
    }
    Ok(Value::Class(class))
}

fn is_identifier(vm: &'static Vm, name: &str) -> R<bool> {
    let r = vm.call_method(
        &Value::str(name),
        &Name::new("isidentifier"),
        Args::default(),
    )?;
    vm.truthy(&r)
}

/// A namedtuple class's field names, defaults by name, and name.
type Shape = (Rc<Vec<Value>>, Option<Rc<RefCell<Dict>>>, Name);

thread_local! {
    /// `_fields` and `_field_defaults`, interned once.
    static NAMES: (Name, Name) = (Name::new("_fields"), Name::new("_field_defaults"));
}

/// The namedtuple class above `cls` (itself or a base): its field names,
/// defaults by name, and its name for messages.
fn shape(vm: &'static Vm, cls: &Rc<Class>) -> R<Shape> {
    let (fields_name, defaults_name) = NAMES.with(|n| n.clone());
    for c in cls.mro_iter() {
        let d = c.dict.borrow();
        if let Some(fields) = d.get(&fields_name) {
            let fields = match fields {
                Value::Tuple(t) => t.clone(),
                other => Rc::new(vm.to_vec(other)?),
            };
            let defaults = match d.get(&defaults_name) {
                Some(Value::Dict(dd)) if !dd.borrow().is_empty() => Some(dd.clone()),
                _ => None,
            };
            return Ok((fields, defaults, c.name.clone()));
        }
    }
    Err(vm.type_error(format!("{} is not a namedtuple", cls.name)))
}

fn instance(cls: &Rc<Class>, items: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict: RefCell::new(InstanceAttrs::default()),
        exc: None,
        native: Some(Value::tuple(items)),
    }))
}

fn items_of(vm: &Vm, v: &Value) -> R<Rc<Vec<Value>>> {
    match v {
        Value::Tuple(t) => Ok(t.clone()),
        Value::Instance(i) => match &i.native {
            Some(Value::Tuple(t)) => Ok(t.clone()),
            _ => Err(vm.type_error("a namedtuple is required")),
        },
        _ => Err(vm.type_error("a namedtuple is required")),
    }
}

/// `Point.__new__(_cls, x, y)`, binding arguments with CPython's messages.
fn nt_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("__new__() missing 1 required positional argument: '_cls'"));
    };
    let (fields, defaults, name) = shape(vm, cls)?;
    let args = &a[1..];
    let n = fields.len();
    if kw.is_empty() && args.len() == n {
        return Ok(instance(cls, args.to_vec()));
    }
    let mut values: Vec<Option<Value>> = vec![None; n];
    let mut default_of: Vec<Option<Value>> = vec![None; n];
    if let Some(dd) = &defaults {
        for (i, f) in fields.iter().enumerate() {
            default_of[i] = vm.dict_get(dd, f)?;
        }
    }
    if args.len() > n {
        let ndef = default_of.iter().filter(|d| d.is_some()).count();
        let takes = if ndef == 0 {
            format!(
                "{} positional argument{}",
                n + 1,
                if n == 0 { "" } else { "s" }
            )
        } else {
            format!("from {} to {} positional arguments", n - ndef + 1, n + 1)
        };
        return Err(vm.type_error(format!(
            "{name}.__new__() takes {takes} but {} were given",
            args.len() + 1
        )));
    }
    for (slot, v) in values.iter_mut().zip(args) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = fields.iter().position(|f| f.as_str() == Some(k.as_str())) else {
            return Err(vm.type_error(format!(
                "{name}.__new__() got an unexpected keyword argument '{k}'"
            )));
        };
        if values[i].is_some() {
            return Err(vm.type_error(format!(
                "{name}.__new__() got multiple values for argument '{k}'"
            )));
        }
        values[i] = Some(v.clone());
    }
    let mut missing = Vec::new();
    let mut out = Vec::with_capacity(n);
    for (i, v) in values.into_iter().enumerate() {
        match v.or_else(|| default_of[i].clone()) {
            Some(v) => out.push(v),
            None => missing.push(format!("'{}'", fields[i].as_str().unwrap_or(""))),
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
        };
        return Err(vm.type_error(format!(
            "{name}.__new__() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(instance(cls, out))
}

/// `Point._make(iterable)`.
fn make(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "_make", a, 2, 2)?;
    let Value::Class(cls) = &a[0] else {
        return Err(vm.type_error("_make() needs a class"));
    };
    let (fields, _, _) = shape(vm, cls)?;
    let items = vm.to_vec(&a[1])?;
    if items.len() != fields.len() {
        return Err(vm.type_error(format!(
            "Expected {} arguments, got {}",
            fields.len(),
            items.len()
        )));
    }
    Ok(instance(cls, items))
}

fn nt_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__repr__", a, 1, 1)?;
    let cls = vm.type_of(&a[0]);
    let (fields, _, _) = shape(vm, &cls)?;
    let items = items_of(vm, &a[0])?;
    let mut parts = Vec::with_capacity(items.len());
    for (f, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", str_arg(vm, "repr", f)?, vm.repr(v)?));
    }
    if items.len() != fields.len() {
        return Err(vm.type_error("not enough arguments for format string"));
    }
    Ok(Value::str(format!("{}({})", cls.name, parts.join(", "))))
}

fn asdict(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "_asdict", a, 1, 1)?;
    let (fields, _, _) = shape(vm, &vm.type_of(&a[0]))?;
    let items = items_of(vm, &a[0])?;
    let mut d = Dict::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        vm.dict_set(&mut d, f.clone(), v.clone())?;
    }
    Ok(Value::dict(d))
}

/// `p._replace(**kwds)`.
fn replace(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "_replace() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    let (fields, _, _) = shape(vm, &vm.type_of(&a[0]))?;
    let items = items_of(vm, &a[0])?;
    let mut rest: Vec<(Name, Value)> = kw.to_vec();
    let mut values = Vec::with_capacity(fields.len());
    for (f, v) in fields.iter().zip(items.iter()) {
        let pos = rest
            .iter()
            .position(|(k, _)| Some(k.as_str()) == f.as_str());
        match pos {
            Some(p) => values.push(rest.remove(p).1),
            None => values.push(v.clone()),
        }
    }
    if !rest.is_empty() {
        let names: Vec<Value> = rest.iter().map(|(k, _)| Value::str(k.as_str())).collect();
        return Err(vm.value_error(format!(
            "Got unexpected field names: {}",
            vm.repr(&Value::list(names))?
        )));
    }
    vm.call_method(
        &a[0],
        &Name::new("_make"),
        Args::new(vec![Value::list(values)]),
    )
}
