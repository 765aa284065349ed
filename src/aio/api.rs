//! The Python face of the native asyncio core: the `_asyncio` module with
//! Future, Task (their methods: future_class.rs), the event loop class and
//! its handles, sleep, and the functions that find the running loop and
//! task.

use std::rc::Rc;

use super::event_loop::{EventLoop, Handle, Job};
use super::future::{as_future, new_future, Callback};
use super::future_class::{
    future_new, task_new, FUTURE_ITER_METHODS, FUTURE_METHODS, TASK_METHODS,
};
use super::{task, types, Types};
use crate::interp::{Exc, Resume, Vm, R};
use crate::runtime::*;
use crate::stdlib::{add_fns, arity, builtin, kwarg, new_module, stdlib_class};

pub fn make_types(vm: &'static Vm) -> Types {
    let exceptions = |name: &str, base: &Rc<Class>| {
        let mut attrs = Attrs::default();
        attrs.insert(Name::new("__module__"), Value::str("asyncio.exceptions"));
        crate::interp::types::new_class(vm, Name::new(name), vec![base.clone()], attrs)
            .unwrap_or_else(|_| base.clone())
    };
    let cancelled_error = exceptions("CancelledError", &vm.t.base_exception);
    let invalid_state_error = exceptions("InvalidStateError", &vm.t.exception);
    let queue_error = |name: &str| {
        let mut attrs = Attrs::default();
        attrs.insert(Name::new("__module__"), Value::str("asyncio.queues"));
        let base = &vm.t.exception;
        crate::interp::types::new_class(vm, Name::new(name), vec![base.clone()], attrs)
            .unwrap_or_else(|_| base.clone())
    };
    let queue_empty = queue_error("QueueEmpty");
    let queue_full = queue_error("QueueFull");

    let future = stdlib_class(vm, "Future", "_asyncio", FUTURE_METHODS);
    future
        .dict
        .borrow_mut()
        .insert(vm.n.new.clone(), static_method("__new__", future_new));
    future.dict.borrow_mut().insert(
        Name::new("__class_getitem__"),
        Value::ClassMethod(Rc::new(builtin("__class_getitem__", |vm, a, _| {
            Ok(vm.generic_alias(&a[0], &a[1]))
        }))),
    );

    let mut task_attrs = Attrs::default();
    crate::stdlib::add_fns(&mut task_attrs, TASK_METHODS);
    task_attrs.insert(Name::new("__module__"), Value::str("_asyncio"));
    task_attrs.insert(vm.n.new.clone(), static_method("__new__", task_new));
    let task =
        crate::interp::types::new_class(vm, Name::new("Task"), vec![future.clone()], task_attrs)
            .unwrap_or_else(|_| future.clone());

    let event_loop = stdlib_class(vm, "BaseEventLoop", "asyncio.base_events", LOOP_METHODS);
    event_loop
        .dict
        .borrow_mut()
        .insert(vm.n.new.clone(), static_method("__new__", loop_new));

    let handle = stdlib_class(vm, "Handle", "asyncio.events", HANDLE_METHODS);
    let mut timer_attrs = Attrs::default();
    timer_attrs.insert(Name::new("__module__"), Value::str("asyncio.events"));
    timer_attrs.insert(
        Name::new("when"),
        builtin("when", |vm, a, _| {
            Ok(Value::Float(handle_of(vm, &a[0])?.when))
        }),
    );
    for (name, f) in [
        (
            "__lt__",
            (|vm, a, _| timer_compare(vm, a, |x, y| x < y)) as BuiltinFn,
        ),
        ("__le__", |vm, a, _| timer_compare(vm, a, |x, y| x <= y)),
        ("__gt__", |vm, a, _| timer_compare(vm, a, |x, y| x > y)),
        ("__ge__", |vm, a, _| timer_compare(vm, a, |x, y| x >= y)),
    ] {
        timer_attrs.insert(Name::new(name), builtin(name, f));
    }
    let timer_handle = crate::interp::types::new_class(
        vm,
        Name::new("TimerHandle"),
        vec![handle.clone()],
        timer_attrs,
    )
    .unwrap_or_else(|_| handle.clone());
    let sleep0 = stdlib_class(vm, "_Sleep0", "asyncio.tasks", &[]);
    let future_iter = stdlib_class(vm, "FutureIter", "_asyncio", FUTURE_ITER_METHODS);
    Types {
        future,
        task,
        cancelled_error,
        invalid_state_error,
        queue_empty,
        queue_full,
        gather_callback: super::gather::callback_class(vm),
        event_loop,
        handle,
        timer_handle,
        sleep0,
        future_iter,
    }
}

/// TimerHandles order by deadline (asyncio keeps them in a heap).
fn timer_compare(vm: &'static Vm, a: &[Value], cmp: fn(f64, f64) -> bool) -> R<Value> {
    arity(vm, "comparison", a, 2, 2)?;
    let mine = handle_of(vm, &a[0])?.when;
    match &a[1] {
        Value::Instance(i) if i.data::<Rc<Handle>>().is_some() => {
            Ok(Value::Bool(cmp(mine, handle_of(vm, &a[1])?.when)))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn static_method(name: &'static str, f: BuiltinFn) -> Value {
    Value::StaticMethod(Rc::new(builtin(name, f)))
}

/// The `_asyncio` module.
pub fn module(vm: &'static Vm) -> Value {
    let t = types(vm);
    let m = new_module("_asyncio");
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("get_running_loop", |vm, a, _| {
                    arity(vm, "get_running_loop", a, 0, 0)?;
                    let lp = running_loop(vm)?;
                    Ok(loop_object(vm, &lp))
                }),
                ("_get_running_loop", |vm, _, _| {
                    let lp = vm.aio.running.borrow().clone();
                    Ok(lp.map_or(Value::None, |lp| loop_object(vm, &lp)))
                }),
                ("get_event_loop", |vm, _, _| {
                    let lp = current_loop(vm);
                    Ok(loop_object(vm, &lp))
                }),
                ("set_event_loop", |vm, a, _| {
                    arity(vm, "set_event_loop", a, 1, 1)?;
                    *vm.aio.current.borrow_mut() = match &a[0] {
                        Value::None => None,
                        v => Some(loop_of(vm, v)?),
                    };
                    Ok(Value::None)
                }),
                ("_new_loop", |vm, a, _| {
                    arity(vm, "_new_loop", a, 1, 1)?;
                    let Value::Class(cls) = &a[0] else {
                        return Err(vm.type_error("_new_loop needs a loop class"));
                    };
                    Ok(make_loop(cls))
                }),
                ("current_task", |vm, a, _| {
                    arity(vm, "current_task", a, 0, 1)?;
                    let lp = match a.first() {
                        Some(v) if !v.is_none() => loop_of(vm, v)?,
                        _ => running_loop(vm)?,
                    };
                    let current = lp.current_task.borrow().clone();
                    Ok(current.unwrap_or(Value::None))
                }),
                ("_gather", super::gather::gather),
                ("all_tasks", |vm, a, _| {
                    arity(vm, "all_tasks", a, 0, 1)?;
                    let lp = match a.first() {
                        Some(v) if !v.is_none() => loop_of(vm, v)?,
                        _ => running_loop(vm)?,
                    };
                    let tasks: Vec<Value> = lp
                        .tasks
                        .borrow()
                        .values()
                        .filter(|t| task::is_pending(t))
                        .cloned()
                        .collect();
                    vm.build_set(tasks)
                }),
                ("sleep", sleep),
                ("_set_sigint_handler", |vm, a, _| {
                    // What Ctrl-C calls while asyncio.run runs (None: raise
                    // KeyboardInterrupt); returns the previous one.
                    arity(vm, "_set_sigint_handler", a, 1, 1)?;
                    let new = (!a[0].is_none()).then(|| a[0].clone());
                    let old = vm.sigint_handler.replace(new);
                    Ok(old.unwrap_or(Value::None))
                }),
                ("isfuture", |_, a, _| {
                    Ok(Value::Bool(
                        a.first().is_some_and(|v| as_future(v).is_some()),
                    ))
                }),
                ("iscoroutine", |_, a, _| {
                    Ok(Value::Bool(a.first().is_some_and(task::is_coroutine)))
                }),
                ("_sleep0", |vm, _, _| {
                    Ok(Value::Instance(Rc::new(Instance::plain(
                        types(vm).sleep0.clone(),
                        Attrs::default(),
                    ))))
                }),
                ("_format_coroutine", |vm, a, _| {
                    arity(vm, "_format_coroutine", a, 1, 1)?;
                    Ok(Value::str(task::format_coroutine(vm, &a[0])?))
                }),
            ],
        );
        d.insert(Name::new("Future"), Value::Class(t.future.clone()));
        d.insert(Name::new("Task"), Value::Class(t.task.clone()));
        d.insert(
            Name::new("BaseEventLoop"),
            Value::Class(t.event_loop.clone()),
        );
        d.insert(Name::new("Handle"), Value::Class(t.handle.clone()));
        for (name, class) in super::sync::classes(vm) {
            d.insert(Name::new(name), Value::Class(class));
        }
        d.insert(Name::new("Queue"), Value::Class(super::queue::class(vm)));
        d.insert(
            Name::new("TaskGroup"),
            Value::Class(super::taskgroup::class(vm)),
        );
        d.insert(Name::new("QueueEmpty"), Value::Class(t.queue_empty.clone()));
        d.insert(Name::new("QueueFull"), Value::Class(t.queue_full.clone()));
        d.insert(
            Name::new("TimerHandle"),
            Value::Class(t.timer_handle.clone()),
        );
        d.insert(
            Name::new("CancelledError"),
            Value::Class(t.cancelled_error.clone()),
        );
        d.insert(
            Name::new("InvalidStateError"),
            Value::Class(t.invalid_state_error.clone()),
        );
    }
    Value::Module(m)
}

// ---- loops ---------------------------------------------------------------

fn make_loop(class: &Rc<Class>) -> Value {
    let lp = EventLoop::new();
    let obj = Instance::with_data(class.clone(), lp.clone());
    // The loop refers to its object weakly in spirit: the object owns the
    // loop, and the loop hands the object back to Python code.
    *lp.object.borrow_mut() = Some(obj.clone());
    obj
}

/// The Python object of a loop.
pub fn loop_object(vm: &'static Vm, lp: &Rc<EventLoop>) -> Value {
    match &*lp.object.borrow() {
        Some(v) => v.clone(),
        None => {
            let _ = vm;
            Value::None
        }
    }
}

pub fn loop_of(vm: &'static Vm, v: &Value) -> R<Rc<EventLoop>> {
    match v {
        Value::Instance(i) => match i.data::<Rc<EventLoop>>() {
            Some(lp) => Ok(lp.clone()),
            None => Err(vm.type_error(format!(
                "an event loop was expected, got {}",
                vm.type_name(v)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "an event loop was expected, got {}",
            vm.type_name(v)
        ))),
    }
}

pub fn running_loop(vm: &'static Vm) -> R<Rc<EventLoop>> {
    vm.aio
        .running
        .borrow()
        .clone()
        .ok_or_else(|| vm.runtime_error("no running event loop"))
}

/// get_event_loop(): the running loop, else the one set, else a new one.
pub fn current_loop(vm: &'static Vm) -> Rc<EventLoop> {
    if let Some(lp) = vm.aio.running.borrow().clone() {
        return lp;
    }
    if let Some(lp) = vm.aio.current.borrow().clone() {
        return lp;
    }
    let obj = make_loop(&types(vm).event_loop);
    let lp = match &obj {
        Value::Instance(i) => i.data::<Rc<EventLoop>>().cloned(),
        _ => None,
    };
    let lp = lp.unwrap_or_else(EventLoop::new);
    *vm.aio.current.borrow_mut() = Some(lp.clone());
    lp
}

fn loop_new(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(make_loop(c)),
        _ => Err(vm.type_error("BaseEventLoop.__new__(X): X is not a type object")),
    }
}

fn this_loop(vm: &'static Vm, a: &[Value]) -> R<Rc<EventLoop>> {
    match a.first() {
        Some(v) => loop_of(vm, v),
        None => Err(vm.type_error("an event loop method needs its loop")),
    }
}

/// `asyncio.sleep(delay, result=None)`: a coroutine (written in Rust, as
/// CPython's is written in Python) that waits on a future a timer resolves
/// (or, in person, the task: `task::InPerson`).
fn sleep(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let delay = match a.first().or_else(|| kwarg(kw, "delay")) {
        Some(d) => d.clone(),
        None => {
            return Err(vm.type_error("sleep() missing 1 required positional argument: 'delay'"))
        }
    };
    let result = a
        .get(1)
        .or_else(|| kwarg(kw, "result"))
        .cloned()
        .unwrap_or(Value::None);
    if matches!(delay, Value::Int(d) if d <= 0) || matches!(delay, Value::Float(d) if d <= 0.0) {
        // sleep(0), the common yield: a coroutine that yields once.
        let body = Box::pin(crate::interp::YieldOnce::new(vm, result));
        return Ok(vm.native_coroutine("sleep", body));
    }
    let body = Box::pin(async move {
        let zero = vm.compare(crate::syntax::ast::CmpOp::LtE, &delay, &Value::Int(0))?;
        if vm.truthy(&zero)? {
            return match vm.yield_raw(Value::None).await {
                Resume::Send(_) => Ok(result),
                Resume::Throw(e) => Err(e),
            };
        }
        let lp = running_loop(vm)?;
        let seconds = vm.to_float(&delay)?;
        let when = lp.time(vm) + seconds;
        // The future waited on gets the result, as a program that drives
        // the sleep by hand sees; a task can wait in person for None.
        let (waiter, job) = if result.is_none() {
            let waiter = super::sync::new_waiter(vm, lp.clone());
            (waiter.clone(), Job::Resolve { fut: waiter })
        } else {
            let fut = new_future(vm, &types(vm).future, lp.clone());
            let set = builtin("_set_result_unless_cancelled", |vm, a, _| {
                super::sync::set_result_unless_cancelled(vm, &a[0], a[1].clone())
                    .map(|()| Value::None)
            });
            (fut.clone(), Job::call(set, vec![fut, result.clone()]))
        };
        let h = lp.call_at(when, job);
        let (r, _) = super::sync::AwaitWaiter::new(vm, waiter).await;
        h.cancelled.set(true);
        h.job.borrow_mut().take();
        r.map(|()| result)
    });
    Ok(vm.native_coroutine("sleep", body))
}

fn check_open(vm: &'static Vm, lp: &EventLoop) -> R<()> {
    if lp.closed.get() {
        return Err(vm.runtime_error("Event loop is closed"));
    }
    Ok(())
}

pub fn new_handle(vm: &'static Vm, h: Rc<Handle>, timer: bool) -> Value {
    let t = types(vm);
    let class = if timer { &t.timer_handle } else { &t.handle };
    Instance::with_data(class.clone(), h)
}

fn handle_of(vm: &'static Vm, v: &Value) -> R<Rc<Handle>> {
    match v {
        Value::Instance(i) => i
            .data::<Rc<Handle>>()
            .cloned()
            .ok_or_else(|| vm.type_error("a handle was expected")),
        _ => Err(vm.type_error("a handle was expected")),
    }
}

fn callback_args(vm: &'static Vm, a: &[Value], from: usize, name: &str) -> R<(Value, Vec<Value>)> {
    let Some(func) = a.get(from) else {
        return Err(vm.type_error(format!("{name}() missing required argument 'callback'")));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error(format!(
            "a callable object was expected by {name}(), got {}",
            vm.repr(func)?
        )));
    }
    Ok((func.clone(), a[from + 1..].to_vec()))
}

const LOOP_METHODS: &[(&str, BuiltinFn)] = &[
    ("time", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        Ok(Value::Float(lp.time(vm)))
    }),
    ("call_soon", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        check_open(vm, &lp)?;
        let (func, args) = callback_args(vm, a, 1, "call_soon")?;
        let h = lp.call_soon_handle(Job::call(func, args));
        Ok(new_handle(vm, h, false))
    }),
    ("call_later", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        check_open(vm, &lp)?;
        let delay = match a.get(1) {
            Some(d) => vm.to_float(d)?,
            None => return Err(vm.type_error("call_later() missing required argument 'delay'")),
        };
        let (func, args) = callback_args(vm, a, 2, "call_later")?;
        let h = lp.call_at(lp.time(vm) + delay, Job::call(func, args));
        Ok(new_handle(vm, h, true))
    }),
    ("call_at", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        check_open(vm, &lp)?;
        let when = match a.get(1) {
            Some(d) => vm.to_float(d)?,
            None => return Err(vm.type_error("call_at() missing required argument 'when'")),
        };
        let (func, args) = callback_args(vm, a, 2, "call_at")?;
        let h = lp.call_at(when, Job::call(func, args));
        Ok(new_handle(vm, h, true))
    }),
    ("create_future", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        Ok(new_future(vm, &types(vm).future, lp))
    }),
    ("create_task", |vm, a, kw| {
        arity(vm, "create_task", a, 2, 2)?;
        let lp = this_loop(vm, a)?;
        check_open(vm, &lp)?;
        let name = kwarg(kw, "name").cloned();
        task::new_task(vm, &types(vm).task, &lp, a[1].clone(), name)
    }),
    ("run_until_complete", |vm, a, _| {
        arity(vm, "run_until_complete", a, 2, 2)?;
        let lp = this_loop(vm, a)?;
        run_until_complete(vm, &lp, a[1].clone())
    }),
    ("run_forever", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        run_forever(vm, &lp)?;
        Ok(Value::None)
    }),
    ("stop", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        lp.stopping.set(true);
        Ok(Value::None)
    }),
    ("close", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        if lp.running.get() {
            return Err(vm.runtime_error("Cannot close a running event loop"));
        }
        lp.closed.set(true);
        lp.clear();
        lp.report_unretrieved(vm)?;
        Ok(Value::None)
    }),
    ("is_running", |vm, a, _| {
        Ok(Value::Bool(this_loop(vm, a)?.running.get()))
    }),
    ("is_closed", |vm, a, _| {
        Ok(Value::Bool(this_loop(vm, a)?.closed.get()))
    }),
    ("get_debug", |vm, a, _| {
        Ok(Value::Bool(this_loop(vm, a)?.debug.get()))
    }),
    ("set_debug", |vm, a, _| {
        arity(vm, "set_debug", a, 2, 2)?;
        this_loop(vm, a)?.debug.set(vm.truthy(&a[1])?);
        Ok(Value::None)
    }),
    ("set_exception_handler", |vm, a, _| {
        arity(vm, "set_exception_handler", a, 2, 2)?;
        let lp = this_loop(vm, a)?;
        if !a[1].is_none() && !vm.is_callable(&a[1]) {
            return Err(vm.type_error(format!(
                "A callable object or None is expected, got {}",
                vm.repr(&a[1])?
            )));
        }
        *lp.exception_handler.borrow_mut() = (!a[1].is_none()).then(|| a[1].clone());
        Ok(Value::None)
    }),
    ("get_exception_handler", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        let h = lp.exception_handler.borrow().clone();
        Ok(h.unwrap_or(Value::None))
    }),
    ("call_exception_handler", |vm, a, _| {
        arity(vm, "call_exception_handler", a, 2, 2)?;
        let lp = this_loop(vm, a)?;
        super::call_exception_handler(vm, &lp, a[1].clone())?;
        Ok(Value::None)
    }),
    ("default_exception_handler", |vm, a, _| {
        arity(vm, "default_exception_handler", a, 2, 2)?;
        super::default_exception_handler(vm, &a[1]);
        Ok(Value::None)
    }),
    ("_take_asyncgens", |vm, a, _| {
        // The async generators still open, for shutdown_asyncgens.
        let lp = this_loop(vm, a)?;
        let gens = std::mem::take(&mut *lp.asyncgens.borrow_mut());
        let open = gens
            .iter()
            .filter_map(|g| g.upgrade())
            .filter(|g| g.has_body())
            .map(Value::Generator)
            .collect();
        Ok(Value::list(open))
    }),
    ("_tasks_in_order", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        let tasks: Vec<Value> = lp
            .tasks
            .borrow()
            .values()
            .filter(|t| task::is_pending(t))
            .cloned()
            .collect();
        Ok(Value::list(tasks))
    }),
    ("__repr__", |vm, a, _| {
        let lp = this_loop(vm, a)?;
        let class = vm.type_of(&a[0]);
        Ok(Value::str(format!(
            "<{} running={} closed={} debug={}>",
            class.name,
            py_bool(lp.running.get()),
            py_bool(lp.closed.get()),
            py_bool(lp.debug.get())
        )))
    }),
];

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// `loop.run_until_complete(fut)`: runs until `fut` (a future, or a
/// coroutine wrapped in a task) is done, and returns its result.
pub fn run_until_complete(vm: &'static Vm, lp: &Rc<EventLoop>, fut: Value) -> R<Value> {
    check_open(vm, lp)?;
    let fut = if as_future(&fut).is_some() {
        fut
    } else if task::is_coroutine(&fut) {
        task::new_task(vm, &types(vm).task, lp, fut, None)?
    } else {
        return Err(vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"));
    };
    // The loop stops once the future completes.
    let stop = builtin("_run_until_complete_cb", |vm, a, _| {
        if let Some(f) = a.first().and_then(as_future) {
            f.lp.stopping.set(true);
        }
        let _ = vm;
        Ok(Value::None)
    });
    if let Some(f) = as_future(&fut) {
        f.add_callback(&fut, Callback::Py(stop));
    }
    run_forever(vm, lp)?;
    match as_future(&fut) {
        Some(f) if f.done() => f.result(vm),
        _ => Err(vm.runtime_error("Event loop stopped before Future completed.")),
    }
}

pub fn run_forever(vm: &'static Vm, lp: &Rc<EventLoop>) -> R<()> {
    check_open(vm, lp)?;
    if lp.running.get() {
        return Err(vm.runtime_error("This event loop is already running"));
    }
    if vm.aio.running.borrow().is_some() {
        return Err(vm.runtime_error("Cannot run the event loop while another loop is running"));
    }
    lp.running.set(true);
    *vm.aio.running.borrow_mut() = Some(lp.clone());
    let r = loop {
        if let Err(e) = lp.run_once(vm) {
            break Err(e);
        }
        if lp.stopping.get() {
            break Ok(());
        }
        if lp.is_stalled() {
            break Err(deadlock(vm, lp));
        }
    };
    lp.stopping.set(false);
    lp.running.set(false);
    *vm.aio.running.borrow_mut() = None;
    r
}

/// Every task waits and nothing can wake any of them: CPython would hang
/// here; weft says so, naming who waits on what.
pub fn deadlock(vm: &'static Vm, lp: &Rc<EventLoop>) -> Exc {
    let mut lines = vec!["deadlock: every task is waiting and nothing can wake them".to_string()];
    for t in lp.tasks.borrow().values().filter(|t| task::is_pending(t)) {
        lines.push(format!("  {}", task::repr(vm, t).unwrap_or_default()));
    }
    vm.runtime_error(lines.join("\n"))
}

// ---- handles -------------------------------------------------------------

const HANDLE_METHODS: &[(&str, BuiltinFn)] = &[
    ("cancel", |vm, a, _| {
        let h = handle_of(vm, &a[0])?;
        h.cancelled.set(true);
        h.job.borrow_mut().take();
        Ok(Value::None)
    }),
    ("cancelled", |vm, a, _| {
        Ok(Value::Bool(handle_of(vm, &a[0])?.cancelled.get()))
    }),
    ("__repr__", |vm, a, _| {
        let h = handle_of(vm, &a[0])?;
        let class = vm.type_of(&a[0]);
        let mut info = Vec::new();
        if h.cancelled.get() {
            info.push("cancelled".to_string());
        }
        if h.when > 0.0 {
            info.push(format!(
                "when={}",
                crate::runtime::format::float_repr(h.when)
            ));
        }
        if let Some(Job::Call(c)) = &*h.job.borrow() {
            let (func, args) = (&c.func, &c.args);
            let name = super::callable_repr(vm, func)?;
            let name = name.split(" at ").next().unwrap_or("").to_string();
            let name = name.trim_end_matches("()").to_string();
            let args = args
                .iter()
                .map(|x| super::future::reprlib(vm, x, 6))
                .collect::<R<Vec<_>>>()?;
            info.push(format!("{name}({})", args.join(", ")));
        }
        Ok(Value::str(format!("<{} {}>", class.name, info.join(" "))))
    }),
];
