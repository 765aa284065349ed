//! `exec(source, globals, locals)` and `eval(source, globals, locals)`,
//! and `__import__`, the other builtin that runs code by name.
//!
//! The code runs as a module whose namespace starts as a copy of
//! `globals` (the main module's when none is given); afterwards the names
//! it bound are written back to `locals` (or `globals`, or the main
//! module). Code that only defines functions and classes, or computes a
//! value — what scripts and dataclasses use exec and eval for — sees no
//! difference from CPython; functions defined this way keep the copy as
//! their globals, and a function's local variables are not visible to it.

use std::rc::Rc;

use super::arity;
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn exec(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "exec", a, 1, 3)?;
    run(vm, a, "exec")?;
    Ok(Value::None)
}

pub fn eval(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "eval", a, 1, 3)?;
    run(vm, a, "eval")
}

/// The name under which eval's value comes back out of the namespace.
const RESULT: &str = "__weft_eval_result__";

fn run(vm: &'static Vm, a: &[Value], mode: &str) -> R<Value> {
    let source = match &a[0] {
        Value::Str(s) => s.text.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(vm.type_error(format!(
                "{mode}() arg 1 must be a string, bytes or code object, not {}",
                vm.type_name(other)
            )))
        }
    };
    let globals = a.get(1).filter(|g| !g.is_none());
    let locals = a.get(2).filter(|l| !l.is_none());
    if let Some(g) = globals {
        if !matches!(g, Value::Dict(_)) {
            return Err(vm.type_error(format!(
                "{mode}() globals must be a dict, not {}",
                vm.type_name(g)
            )));
        }
    }
    let text = if mode == "eval" {
        format!("{RESULT} = ({})", source.trim())
    } else {
        source
    };
    let file = "<string>";
    let code = match crate::compile::compile(&text, file) {
        Ok(c) => c,
        Err(errors) => return Err(vm.syntax_error_exc(file, &text, &errors[0])),
    };
    let module = Rc::new(Module {
        name: Name::new("__main__"),
        file: None,
        dict: Namespace::default(),
    });
    {
        let mut ns = module.dict.borrow_mut();
        match globals {
            Some(g) => copy_in(vm, g, &mut ns)?,
            None => {
                if let Some(Value::Module(main)) = vm.modules.borrow().get_str("__main__") {
                    for (k, v) in main.dict.borrow().iter() {
                        ns.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        if let Some(l) = locals {
            copy_in(vm, l, &mut ns)?;
        }
        ns.insert(
            Name::new("__builtins__"),
            Value::Module(vm.builtins.clone()),
        );
    }
    vm.run_module_code(Rc::new(code), &module)?;
    let result = module.dict.remove(&Name::new(RESULT));
    // What the code bound goes back where CPython would have put it (with
    // no namespace given: the main module's globals).
    if locals.is_none() && globals.is_none() {
        if let Some(Value::Module(main)) = vm.modules.borrow().get_str("__main__") {
            for (k, v) in module.dict.borrow().iter() {
                if k.as_str() != "__builtins__" {
                    main.dict.insert(k.clone(), v.clone());
                }
            }
        }
    }
    if let Some(target) = locals.or(globals) {
        let names: Vec<(Name, Value)> = module
            .dict
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != "__builtins__")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in names {
            vm.setitem(target, Value::str(k.as_str()), v)?;
        }
    }
    Ok(result.unwrap_or(Value::None))
}

fn copy_in(vm: &'static Vm, mapping: &Value, ns: &mut Attrs) -> R<()> {
    for k in vm.mapping_keys(mapping)? {
        let v = vm.getitem(mapping, &k)?;
        let Value::Str(name) = &k else { continue };
        ns.insert(Name::new(&name.text), v);
    }
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// imports each package on the dotted path and gives the top one, or the
/// module itself when `fromlist` names something.
pub fn dunder_import(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    super::only_kwargs(
        vm,
        "__import__",
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    arity(vm, "__import__", a, 0, 5)?;
    let arg = |i: usize, key: &str| a.get(i).or_else(|| super::kwarg(kw, key));
    let Some(name) = arg(0, "name") else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match arg(4, "level") {
        Some(l) => super::int_arg(vm, l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if level > 0 {
        return Err(vm.new_exc(
            &vm.t.not_implemented_error,
            "__import__() of a relative name (level > 0) is not supported",
        ));
    }
    if name.text.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let mut top = Value::None;
    let mut last = Value::None;
    let mut prefix = String::new();
    for (i, part) in name.text.split('.').enumerate() {
        if i > 0 {
            prefix.push('.');
        }
        prefix.push_str(part);
        last = vm.import_module(&prefix)?;
        if i == 0 {
            top = last.clone();
        }
    }
    let from = match arg(3, "fromlist") {
        Some(f) if !f.is_none() => vm.truthy(f)?,
        _ => false,
    };
    Ok(if from { last } else { top })
}
