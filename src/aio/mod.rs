//! weft's own event loop and the native half of asyncio: futures, tasks
//! and the loop (see docs/DESIGN.md, "The event loop"). The rest of asyncio
//! (run, gather, wait_for, TaskGroup, ...) is written in weft's Python on
//! top of it, in src/stdlib/py/asyncio.py.

pub mod api;
pub mod event_loop;
pub mod future;
mod future_class;
mod gather;
mod queue;
mod sync;
pub mod task;
mod task_table;
mod taskgroup;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use event_loop::EventLoop;

use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;

/// The classes asyncio's native half defines.
pub struct Types {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
    pub queue_empty: Rc<Class>,
    pub queue_full: Rc<Class>,
    pub gather_callback: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub sleep0: Rc<Class>,
    pub future_iter: Rc<Class>,
}

/// Per-interpreter asyncio state.
#[derive(Default)]
pub struct State {
    types: RefCell<Option<Rc<Types>>>,
    /// The loop whose run_forever is on the stack.
    pub running: RefCell<Option<Rc<EventLoop>>>,
    /// What set_event_loop() set (get_event_loop's answer outside a loop).
    pub current: RefCell<Option<Rc<EventLoop>>>,
    task_counter: Cell<u64>,
}

/// asyncio's classes, made on first use.
pub fn types(vm: &'static Vm) -> Rc<Types> {
    if let Some(t) = vm.aio.types.borrow().as_ref() {
        return t.clone();
    }
    let t = Rc::new(api::make_types(vm));
    *vm.aio.types.borrow_mut() = Some(t.clone());
    t
}

/// Tasks are named Task-1, Task-2, ... across the whole program.
pub fn next_task_number(vm: &Vm) -> u64 {
    let n = vm.aio.task_counter.get() + 1;
    vm.aio.task_counter.set(n);
    n
}

/// An async generator's first iteration under a running loop: the loop
/// remembers it, to close it at shutdown (asyncio's firstiter hook).
pub fn track_asyncgen(vm: &'static Vm, gen: &Rc<Generator>) {
    if let Some(lp) = vm.aio.running.borrow().as_ref() {
        let mut gens = lp.asyncgens.borrow_mut();
        if gens.len() >= 64 && gens.len().is_power_of_two() {
            gens.retain(|g| g.strong_count() > 0);
        }
        gens.push(Rc::downgrade(gen));
    }
}

/// An async generator dropped while suspended: as asyncio's finalizer
/// hook does, the running loop schedules a task that runs its aclose().
pub fn finalize_asyncgen(vm: &'static Vm, gen: Generator) {
    let Some(lp) = vm.aio.running.borrow().clone() else {
        return;
    };
    lp.call_soon_from_drop(event_loop::Job::CloseAgen(Rc::new(gen)));
}

pub fn is_native_class(vm: &'static Vm, c: &Rc<Class>) -> bool {
    let t = types(vm);
    Rc::ptr_eq(c, &t.future) || Rc::ptr_eq(c, &t.task)
}

/// The context dict an exception handler receives.
pub fn exception_context(vm: &'static Vm, message: &str, e: &Exc) -> Value {
    let mut d = Dict::new();
    d.set_str("message", Value::str(message));
    d.set_str("exception", e.value());
    let _ = vm;
    Value::dict(d)
}

/// Calls the loop's exception handler, or prints what the default one
/// prints: the message, then the exception's traceback, on stderr.
pub fn call_exception_handler(vm: &'static Vm, lp: &Rc<EventLoop>, ctx: Value) -> R<()> {
    let handler = lp.exception_handler.borrow().clone();
    if let Some(h) = handler {
        let loop_obj = api::loop_object(vm, lp);
        return vm.call(&h, Args::new(vec![loop_obj, ctx])).map(|_| ());
    }
    default_exception_handler(vm, &ctx);
    Ok(())
}

pub fn default_exception_handler(vm: &'static Vm, ctx: &Value) {
    let get = |k: &str| match ctx {
        Value::Dict(d) => d.borrow().get_str(k).cloned(),
        _ => None,
    };
    let message = get("message")
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_else(|| "Unhandled exception in event loop".into());
    let mut text = message;
    for key in ["future", "task", "handle"] {
        if let Some(v) = get(key) {
            text.push_str(&format!("\n{key}: {}", vm.repr(&v).unwrap_or_default()));
        }
    }
    let mut err = String::new();
    err.push_str(&text);
    err.push('\n');
    if let Some(Value::Instance(e)) = get("exception") {
        if e.exc.is_some() {
            err.push_str(&vm.format_traceback(&Exc(e)));
        }
    }
    vm.print_err(&err);
}

/// How a callback prints inside a future's repr (`cb=[...]`).
/// asyncio's `_format_callback_source`: `f(1, 'x') at file.py:8`.
pub fn callback_source(vm: &'static Vm, func: &Value, args: &[Value]) -> R<String> {
    let full = callable_repr(vm, func)?;
    let (name, location) = match full.split_once(" at ") {
        Some((n, l)) => (n.to_string(), Some(l.to_string())),
        None => (full, None),
    };
    let args = args
        .iter()
        .map(|x| future::reprlib(vm, x, 6))
        .collect::<R<Vec<_>>>()?;
    let mut text = format!("{}({})", name.trim_end_matches("()"), args.join(", "));
    if let Some(l) = location {
        text.push_str(" at ");
        text.push_str(&l);
    }
    Ok(text)
}

pub fn callable_repr(vm: &'static Vm, func: &Value) -> R<String> {
    Ok(match func {
        Value::Function(f) => format!(
            "{}() at {}:{}",
            f.qualname.borrow(),
            f.code.file,
            f.code.line
        ),
        Value::Method(m) => {
            let inner = callable_repr(vm, &m.func)?;
            match vm.getattr(&m.receiver, &Name::new("__class__")) {
                Ok(Value::Class(c)) if matches!(m.func, Value::Builtin(_)) => {
                    format!("{}.{inner}", c.name)
                }
                _ => inner,
            }
        }
        Value::Builtin(b) => format!("{}()", b.name),
        other if gather::is_callback(other) => "gather.<locals>._done_callback()".to_string(),
        other => vm.repr(other)?,
    })
}
