//! Struct sequences: the named tuples of the C modules (`time.struct_time`,
//! `sys.version_info`, `sys.float_info`). A tuple subclass whose instances
//! also carry each field as an attribute, printed as
//! `module.name(field=value, ...)`.

use std::cell::RefCell;
use std::rc::Rc;

use super::builtin;
use crate::interp::{Vm, R};
use crate::runtime::*;

/// The class of a struct sequence with these fields, repr'd under
/// `path` (`"time.struct_time"`).
pub fn class(vm: &Vm, module: &str, name: &str, fields: &[&str]) -> Rc<Class> {
    let mut attrs = Attrs::default();
    attrs.insert(Name::new("__module__"), Value::str(module));
    attrs.insert(Name::new("n_fields"), Value::Int(fields.len() as i64));
    attrs.insert(
        Name::new("_fields"),
        Value::tuple(fields.iter().map(|f| Value::str(*f)).collect()),
    );
    attrs.insert(Name::new("__repr__"), builtin("__repr__", repr));
    crate::interp::types::new_class(vm, Name::new(name), vec![vm.t.tuple.clone()], attrs)
        .unwrap_or_else(|_| vm.t.tuple.clone())
}

/// An instance of a struct sequence class; `extra` are attributes beyond
/// the tuple's items (`tm_zone`).
pub fn new(class: &Rc<Class>, items: Vec<Value>, extra: &[(&str, Value)]) -> Value {
    let mut dict = Attrs::default();
    if let Some(Value::Tuple(names)) = class.dict.borrow().get(&Name::new("_fields")) {
        for (f, v) in names.iter().zip(&items) {
            if let Some(f) = f.as_str() {
                dict.insert(Name::new(f), v.clone());
            }
        }
    }
    for (k, v) in extra {
        dict.insert(Name::new(k), v.clone());
    }
    Value::Instance(Rc::new(Instance {
        class: class.clone(),
        dict: RefCell::new(dict.into()),
        exc: None,
        native: Some(Value::tuple(items)),
    }))
}

fn repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let class = vm.type_of(&a[0]);
    let fields = match class.lookup(&Name::new("_fields")) {
        Some(f) => vm.to_vec(&f)?,
        None => Vec::new(),
    };
    let items = vm.to_vec(&a[0])?;
    let mut parts = Vec::with_capacity(items.len());
    for (f, v) in fields.iter().zip(&items) {
        parts.push(format!("{}={}", vm.str_of(f)?, vm.repr(v)?));
    }
    Ok(Value::str(format!(
        "{}.{}({})",
        class.module.borrow(),
        class.name,
        parts.join(", ")
    )))
}
