//! The `inspect` module's predicates: what kind of callable or object a
//! value is (iscoroutinefunction and friends), as asyncio and user code
//! ask it.

use super::{add_fns, arity, new_module};
use crate::interp::{Vm, R};
use crate::runtime::*;

pub fn module(_vm: &'static Vm) -> Value {
    let m = new_module("inspect");
    add_fns(
        &mut m.dict.borrow_mut(),
        &[
            ("iscoroutinefunction", |vm, a, _| {
                code_kind(vm, a, "iscoroutinefunction", |c| {
                    c.is_async && !c.is_generator
                })
            }),
            ("isgeneratorfunction", |vm, a, _| {
                code_kind(vm, a, "isgeneratorfunction", |c| {
                    c.is_generator && !c.is_async
                })
            }),
            ("isasyncgenfunction", |vm, a, _| {
                code_kind(vm, a, "isasyncgenfunction", |c| {
                    c.is_async && c.is_generator
                })
            }),
            ("iscoroutine", |vm, a, _| {
                gen_kind(vm, a, "iscoroutine", GenKind::Coroutine)
            }),
            ("isgenerator", |vm, a, _| {
                gen_kind(vm, a, "isgenerator", GenKind::Generator)
            }),
            ("isasyncgen", |vm, a, _| {
                gen_kind(vm, a, "isasyncgen", GenKind::AsyncGenerator)
            }),
            ("isawaitable", |vm, a, _| {
                arity(vm, "isawaitable", a, 1, 1)?;
                Ok(Value::Bool(match &a[0] {
                    Value::Generator(g) => g.kind == GenKind::Coroutine,
                    v => vm.type_of(v).lookup(&vm.n.await_).is_some(),
                }))
            }),
            ("isfunction", |vm, a, _| {
                arity(vm, "isfunction", a, 1, 1)?;
                Ok(Value::Bool(matches!(a[0], Value::Function(_))))
            }),
            ("ismethod", |vm, a, _| {
                arity(vm, "ismethod", a, 1, 1)?;
                Ok(Value::Bool(matches!(a[0], Value::Method(_))))
            }),
            ("isbuiltin", |vm, a, _| {
                arity(vm, "isbuiltin", a, 1, 1)?;
                Ok(Value::Bool(matches!(a[0], Value::Builtin(_))))
            }),
            ("isroutine", |vm, a, _| {
                arity(vm, "isroutine", a, 1, 1)?;
                Ok(Value::Bool(matches!(
                    a[0],
                    Value::Function(_) | Value::Builtin(_) | Value::Method(_)
                )))
            }),
            ("isclass", |vm, a, _| {
                arity(vm, "isclass", a, 1, 1)?;
                Ok(Value::Bool(matches!(a[0], Value::Class(_))))
            }),
            ("getgeneratorstate", |vm, a, _| {
                gen_state(vm, a, GenKind::Generator, "GEN")
            }),
            ("getcoroutinestate", |vm, a, _| {
                gen_state(vm, a, GenKind::Coroutine, "CORO")
            }),
            ("ismodule", |vm, a, _| {
                arity(vm, "ismodule", a, 1, 1)?;
                Ok(Value::Bool(matches!(a[0], Value::Module(_))))
            }),
        ],
    );
    for prefix in ["GEN", "CORO"] {
        for state in ["CREATED", "RUNNING", "SUSPENDED", "CLOSED"] {
            let name = format!("{prefix}_{state}");
            m.dict
                .borrow_mut()
                .insert(Name::new(&name), Value::str(name.as_str()));
        }
    }
    Value::Module(m)
}

/// getgeneratorstate / getcoroutinestate: created, running, suspended or
/// closed, read off the generator as inspect.py reads it.
fn gen_state(vm: &'static Vm, a: &[Value], kind: GenKind, prefix: &str) -> R<Value> {
    let name = if prefix == "GEN" {
        "getgeneratorstate"
    } else {
        "getcoroutinestate"
    };
    arity(vm, name, a, 1, 1)?;
    let g = match &a[0] {
        Value::Generator(g) if g.kind == kind => g,
        other => {
            let attr = if prefix == "GEN" {
                "gi_running"
            } else {
                "cr_running"
            };
            return Err(vm.attr_error(format!(
                "'{}' object has no attribute '{attr}'",
                vm.type_name(other)
            )));
        }
    };
    let state = if g.running.get() {
        "RUNNING"
    } else if !g.has_body() {
        "CLOSED"
    } else if g.started.get() {
        "SUSPENDED"
    } else {
        "CREATED"
    };
    Ok(Value::str(format!("{prefix}_{state}")))
}

/// Whether `a[0]`, once bound methods and functools.partial are looked
/// through, is a function whose code satisfies `test`.
fn code_kind(
    vm: &'static Vm,
    a: &[Value],
    name: &str,
    test: fn(&crate::compile::ir::Code) -> bool,
) -> R<Value> {
    arity(vm, name, a, 1, 1)?;
    let mut f = a[0].clone();
    loop {
        f = match &f {
            Value::Method(m) => m.func.clone(),
            Value::Instance(i)
                if super::collections::registered("functools.partial")
                    .is_some_and(|p| i.class.is_subclass(&p)) =>
            {
                vm.getattr(&f, &Name::new("func"))?
            }
            Value::Function(func) => return Ok(Value::Bool(test(&func.code))),
            _ => return Ok(Value::Bool(false)),
        };
    }
}

fn gen_kind(vm: &'static Vm, a: &[Value], name: &str, kind: GenKind) -> R<Value> {
    arity(vm, name, a, 1, 1)?;
    Ok(Value::Bool(
        matches!(&a[0], Value::Generator(g) if g.kind == kind),
    ))
}
