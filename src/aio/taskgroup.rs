//! asyncio.TaskGroup, in Rust: CPython 3.11's asyncio/taskgroups.py step
//! for step. A structured program opens one group per fan-out, and every
//! child passes through `create_task` and `_on_task_done`; as Python those
//! two ran interpreted for every task of a tree.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::event_loop::EventLoop;
use super::future::{as_future, new_future, Callback, State};
use super::sync::{done_coroutine, is_cancelled_error, native_class, state};
use super::task_table::TaskTable;
use super::{task, types};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::stdlib::{arity, kwarg};

#[derive(Default)]
pub struct TaskGroupState {
    entered: Cell<bool>,
    exiting: Cell<bool>,
    aborting: Cell<bool>,
    lp: RefCell<Option<Rc<EventLoop>>>,
    parent_task: RefCell<Option<Value>>,
    parent_cancel_requested: Cell<bool>,
    /// The children not yet done, by creation serial. 3.11's
    /// taskgroups.py keeps a set, so the order `_abort` cancels them in
    /// follows their addresses there; creation order is the deterministic
    /// choice among the orders CPython may take.
    tasks: RefCell<TaskTable>,
    errors: RefCell<Vec<Value>>,
    base_error: RefCell<Option<Value>>,
    on_completed_fut: RefCell<Option<Value>>,
}

fn tg<'a>(vm: &'static Vm, v: &'a Value) -> R<&'a TaskGroupState> {
    state::<TaskGroupState>(vm, v, "TaskGroup")
}

fn repr(vm: &'static Vm, me: &Value) -> R<String> {
    let s = tg(vm, me)?;
    let mut info = String::new();
    let ntasks = s.tasks.borrow().len();
    if ntasks > 0 {
        info.push_str(&format!(" tasks={ntasks}"));
    }
    let nerrors = s.errors.borrow().len();
    if nerrors > 0 {
        info.push_str(&format!(" errors={nerrors}"));
    }
    if s.aborting.get() {
        info.push_str(" cancelling");
    } else if s.entered.get() {
        info.push_str(" entered");
    }
    Ok(format!("<TaskGroup{info}>"))
}

fn is_base_error(vm: &'static Vm, exc: &Value) -> bool {
    let class = vm.type_of(exc);
    class.is_subclass(&vm.t.system_exit) || class.is_subclass(&vm.t.keyboard_interrupt)
}

/// `_abort`: cancels every child not yet done.
fn abort(vm: &'static Vm, s: &TaskGroupState) -> R<()> {
    s.aborting.set(true);
    let tasks: Vec<Value> = s.tasks.borrow().values().cloned().collect();
    for t in tasks {
        if task::is_pending(&t) {
            task::cancel_any(vm, &t, Value::None)?;
        }
    }
    Ok(())
}

fn aenter(vm: &'static Vm, me: &Value) -> R<Value> {
    let s = tg(vm, me)?;
    if s.entered.get() {
        return Err(vm.runtime_error(format!(
            "TaskGroup {} has already been entered",
            repr(vm, me)?
        )));
    }
    let lp = match s.lp.borrow().clone() {
        Some(lp) => lp,
        None => super::api::running_loop(vm)?,
    };
    *s.lp.borrow_mut() = Some(lp.clone());
    let parent = lp.current_task.borrow().clone();
    let Some(parent) = parent else {
        return Err(vm.runtime_error(format!(
            "TaskGroup {} cannot determine the parent task",
            repr(vm, me)?
        )));
    };
    *s.parent_task.borrow_mut() = Some(parent);
    s.entered.set(true);
    Ok(me.clone())
}

fn create_task(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    arity(vm, "create_task", a, 2, 2)?;
    let me = &a[0];
    let s = tg(vm, me)?;
    if !s.entered.get() {
        return Err(vm.runtime_error(format!("TaskGroup {} has not been entered", repr(vm, me)?)));
    }
    if s.exiting.get() && s.tasks.borrow().is_empty() {
        return Err(vm.runtime_error(format!("TaskGroup {} is finished", repr(vm, me)?)));
    }
    if s.aborting.get() {
        return Err(vm.runtime_error(format!("TaskGroup {} is shutting down", repr(vm, me)?)));
    }
    let lp =
        s.lp.borrow()
            .clone()
            .ok_or_else(|| vm.runtime_error("TaskGroup has no loop"))?;
    let t = create_on_loop(vm, &lp, a[1].clone())?;
    if let Some(name) = kwarg(kw, "name") {
        if !name.is_none() {
            let set_name = vm.getattr(&t, &Name::new("set_name"))?;
            vm.call(&set_name, Args::new(vec![name.clone()]))?;
        }
    }
    let on_done = vm.getattr(me, &Name::new("_on_task_done"))?;
    match as_future(&t) {
        Some(f) => f.add_callback(&t, Callback::Py(on_done)),
        None => {
            let add = vm.getattr(&t, &Name::new("add_done_callback"))?;
            vm.call(&add, Args::new(vec![on_done]))?;
        }
    }
    // A task already done when created (its loop closed?) has left.
    if let Some(n) = task::serial(&t) {
        s.tasks.borrow_mut().insert(n, t.clone());
    }
    Ok(t)
}

/// `self._loop.create_task(coro)`: natively, unless the loop's class
/// replaces create_task.
fn create_on_loop(vm: &'static Vm, lp: &Rc<EventLoop>, coro: Value) -> R<Value> {
    let loop_obj = super::api::loop_object(vm, lp);
    let t = types(vm);
    let method = vm.type_of(&loop_obj).lookup(&Name::new("create_task"));
    let native = t.event_loop.lookup(&Name::new("create_task"));
    match (method, native) {
        (Some(m), Some(n)) if !m.is(&n) => vm.call_bound(&m, &loop_obj, Args::new(vec![coro])),
        _ => {
            if lp.closed.get() {
                return Err(vm.runtime_error("Event loop is closed"));
            }
            task::new_task(vm, &t.task, lp, coro, None)
        }
    }
}

fn on_task_done(vm: &'static Vm, me: &Value, t: &Value) -> R<()> {
    let s = tg(vm, me)?;
    if let Some(n) = task::serial(t) {
        let gone = s.tasks.borrow_mut().remove(n);
        drop(gone);
    }
    let fut = s.on_completed_fut.borrow().clone();
    if let Some(fut) = fut {
        if s.tasks.borrow().is_empty() {
            if let Some(f) = as_future(&fut) {
                if !f.done() {
                    f.set_result(vm, &fut, Value::Bool(true))?;
                }
            }
        }
    }
    let Some(f) = as_future(t) else {
        return Ok(());
    };
    if f.state.get() == State::Cancelled {
        return Ok(());
    }
    let exc = f.exception(vm)?;
    if exc.is_none() {
        return Ok(());
    }
    s.errors.borrow_mut().push(exc.clone());
    if is_base_error(vm, &exc) && s.base_error.borrow().is_none() {
        *s.base_error.borrow_mut() = Some(exc.clone());
    }
    let parent = s.parent_task.borrow().clone().unwrap_or(Value::None);
    if !task::is_pending(&parent) {
        let lp = s.lp.borrow().clone();
        if let Some(lp) = lp {
            let message = format!(
                "Task {} has errored out but its parent task {} is already completed",
                vm.repr(t)?,
                vm.str_of(&parent)?
            );
            let ctx = Value::dict(Dict::new());
            if let Value::Dict(d) = &ctx {
                let mut d = d.borrow_mut();
                d.set_str("message", Value::str(message));
                d.set_str("exception", exc);
                d.set_str("task", t.clone());
            }
            super::call_exception_handler(vm, &lp, ctx)?;
        }
        return Ok(());
    }
    if !s.aborting.get() && !s.parent_cancel_requested.get() {
        abort(vm, s)?;
        s.parent_cancel_requested.set(true);
        task::cancel_any(vm, &parent, Value::None)?;
    }
    Ok(())
}

/// `__aexit__(et, exc, tb)`: waits for every child, then raises what the
/// group collected.
fn aexit(vm: &'static Vm, me: Value, et: Value, exc: Value) -> Value {
    vm.native_coroutine(
        "TaskGroup.__aexit__",
        Box::pin(async move {
            let s = tg(vm, &me)?;
            s.exiting.set(true);
            if !exc.is_none() && is_base_error(vm, &exc) && s.base_error.borrow().is_none() {
                *s.base_error.borrow_mut() = Some(exc.clone());
            }
            let cancelled_error = Value::Class(types(vm).cancelled_error.clone());
            let mut propagate_cancellation_error = if et.is(&cancelled_error) {
                Some(exc.clone())
            } else {
                None
            };
            if s.parent_cancel_requested.get() {
                let parent = s.parent_task.borrow().clone().unwrap_or(Value::None);
                if task::uncancel(&parent) == 0 {
                    propagate_cancellation_error = None;
                }
            }
            if !et.is_none() && !s.aborting.get() {
                abort(vm, s)?;
            }
            while !tg(vm, &me)?.tasks.borrow().is_empty() {
                let s = tg(vm, &me)?;
                let fut = s.on_completed_fut.borrow().clone();
                let fut = match fut {
                    Some(f) => f,
                    None => {
                        let lp = s.lp.borrow().clone();
                        let lp = lp.ok_or_else(|| vm.runtime_error("TaskGroup has no loop"))?;
                        let f = new_future(vm, &types(vm).future, lp);
                        *s.on_completed_fut.borrow_mut() = Some(f.clone());
                        f
                    }
                };
                let r = vm.await_future(fut).await;
                let s = tg(vm, &me)?;
                if let Err(e) = r {
                    if !is_cancelled_error(vm, &e) {
                        return Err(e);
                    }
                    if !s.aborting.get() {
                        propagate_cancellation_error = Some(e.value());
                        abort(vm, s)?;
                    }
                }
                *s.on_completed_fut.borrow_mut() = None;
            }
            let s = tg(vm, &me)?;
            let base_error = s.base_error.borrow().clone();
            if let Some(b) = base_error {
                return Err(vm.raise(Some(b), None)?);
            }
            let no_errors = s.errors.borrow().is_empty();
            if let Some(p) = propagate_cancellation_error {
                if no_errors {
                    return Err(vm.raise(Some(p), None)?);
                }
            }
            if !et.is_none() && !et.is(&cancelled_error) {
                s.errors.borrow_mut().push(exc.clone());
            }
            // `self._errors = None` once raised.
            let errors = std::mem::take(&mut *s.errors.borrow_mut());
            if !errors.is_empty() {
                let group = vm.call(
                    &Value::Class(vm.t.base_exception_group.clone()),
                    Args::new(vec![
                        Value::str("unhandled errors in a TaskGroup"),
                        Value::list(errors),
                    ]),
                )?;
                return Err(vm.raise(Some(group), Some(Value::None))?);
            }
            Ok(Value::None)
        }),
    )
}

const METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", |vm, a, kw| {
        if !kw.is_empty() || a.len() > 1 {
            return Err(vm.type_error(format!(
                "TaskGroup.__init__() takes 1 positional argument but {} were given",
                a.len() + kw.len()
            )));
        }
        tg(vm, &a[0])?;
        Ok(Value::None)
    }),
    ("__repr__", |vm, a, _| Ok(Value::str(repr(vm, &a[0])?))),
    ("__aenter__", |vm, a, _| {
        let r = aenter(vm, &a[0]);
        Ok(done_coroutine(vm, "TaskGroup.__aenter__", r))
    }),
    ("__aexit__", |vm, a, _| {
        arity(vm, "__aexit__", a, 4, 4)?;
        Ok(aexit(vm, a[0].clone(), a[1].clone(), a[2].clone()))
    }),
    ("create_task", create_task),
    ("_on_task_done", |vm, a, _| {
        arity(vm, "_on_task_done", a, 2, 2)?;
        on_task_done(vm, &a[0], &a[1])?;
        Ok(Value::None)
    }),
];

/// The TaskGroup class, for the `_asyncio` module.
pub fn class(vm: &'static Vm) -> Rc<Class> {
    native_class::<TaskGroupState>(vm, "TaskGroup", "asyncio.taskgroups", METHODS, None, vec![])
}
