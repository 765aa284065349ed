//! `_traceback`: the interpreter's own exception printer and its source
//! lines, for the `traceback` module (src/stdlib/py/traceback.py).

use super::{add_fns, arity, new_module};
use crate::interp::{source_line, Exc, TbOptions, Vm, R};
use crate::runtime::*;

pub fn module(_vm: &'static Vm) -> Value {
    let m = new_module("_traceback");
    add_fns(
        &mut m.dict.borrow_mut(),
        &[
            // format(exc, limit, chain, own_traceback): the whole text.
            ("format", |vm, a, _| {
                arity(vm, "format", a, 4, 4)?;
                let e = exception(vm, &a[0])?;
                let limit = match &a[1] {
                    Value::None => None,
                    v => Some(vm.index_of(v)?.ok_or_else(|| {
                        vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(v)
                        ))
                    })?),
                };
                let opts = TbOptions {
                    limit,
                    chain: vm.truthy(&a[2])?,
                    own_traceback: vm.truthy(&a[3])?,
                };
                Ok(Value::str(vm.format_exception_with(&e, opts)))
            }),
            // line(filename, lineno): that line of the file, or ''.
            ("line", |vm, a, _| {
                arity(vm, "line", a, 2, 2)?;
                let file = vm.str_of(&a[0])?;
                let line = vm.index_of(&a[1])?.unwrap_or(0);
                let text = u32::try_from(line)
                    .ok()
                    .and_then(|n| source_line(&file, n))
                    .unwrap_or_default();
                Ok(Value::str(text))
            }),
            // format_only(exc): `Type: message` and the notes.
            ("format_only", |vm, a, _| {
                arity(vm, "format_only", a, 1, 1)?;
                let e = exception(vm, &a[0])?;
                Ok(Value::str(vm.format_exception_only(&e)))
            }),
        ],
    );
    Value::Module(m)
}

fn exception(vm: &'static Vm, v: &Value) -> R<Exc> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Ok(Exc(i.clone())),
        _ => Err(vm.type_error(format!(
            "Exception expected for value, {} found",
            vm.type_name(v)
        ))),
    }
}
