//! asyncio.Task: a coroutine driven by the event loop. Each step sends into
//! (or throws into) the coroutine until it suspends on a future, which wakes
//! the task through its done-callback — `Task.__step` and `__wakeup` of
//! CPython 3.11, rule for rule, so interleavings and cancellation behave as
//! they do there.

use std::cell::Cell;
use std::rc::Rc;

use super::event_loop::{is_fatal, EventLoop, Job};
use super::future::{as_future, Callback, FutureObj, State};
use crate::interp::{Exc, Resume, Step, Vm, R};
use crate::runtime::*;

pub struct TaskPart {
    pub coro: Value,
    /// Waiting in person on a primitive (see `wait_in_person`).
    in_person: Cell<InPerson>,
    /// The name, or (until asked) just its number: "Task-N" is made when
    /// someone reads it, which most programs never do. (Cells, not
    /// RefCells: a task's part then fits 64 bytes.)
    name: Cell<Value>,
    pub must_cancel: Cell<bool>,
    /// The future the task waits on.
    fut_waiter: Cell<Option<Value>>,
    pub num_cancels_requested: Cell<u32>,
    /// The task's key in its loop's table of pending tasks.
    pub serial: u64,
}

impl TaskPart {
    pub fn name(&self) -> Value {
        let name = match self.name.replace(Value::None) {
            Value::Int(n) => Value::str(format!("Task-{n}")),
            other => other,
        };
        self.name.set(name.clone());
        name
    }

    pub fn set_name(&self, name: Value) {
        self.name.set(name);
    }

    /// The future the task waits on, if any.
    pub fn fut_waiter(&self) -> Option<Value> {
        let w = self.fut_waiter.take();
        self.fut_waiter.set(w.clone());
        w
    }

    fn set_fut_waiter(&self, w: Option<Value>) {
        self.fut_waiter.set(w);
    }
}

const _: () = assert!(std::mem::size_of::<TaskPart>() <= 64);

/// A task that waits on a Lock, Event, Semaphore, Queue or sleep's timer
/// does not need a future of its own to wait on, as asyncio's Python code
/// makes one: the primitive's waiters (or the timer) can hold the task
/// itself, which remembers here how that wait stands. (A hundred thousand
/// tasks waiting on one event are then a hundred thousand futures
/// smaller.) Only a wait driven by the task's own step can be in person:
/// a coroutine driven by hand would hand its driver the task instead of a
/// future.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InPerson {
    No,
    Waiting,
    /// Woken with True (Event, Lock, Semaphore) or with None (Queue).
    Woken(bool),
    Cancelled,
}

/// The task the running coroutine can wait in person for, on a primitive
/// bound to `lp`: marked waiting, to be put on the waiters and yielded up
/// to its step (which then registers nothing).
pub fn wait_in_person(vm: &'static Vm, lp: &Rc<EventLoop>) -> Option<Value> {
    if !vm.task_driven.get() {
        return None;
    }
    let task = lp.current_task.borrow().clone()?;
    let f = as_future(&task)?;
    let t = part(f)?;
    if !Rc::ptr_eq(&f.lp, lp) || t.in_person.get() != InPerson::No {
        return None;
    }
    t.in_person.set(InPerson::Waiting);
    Some(task)
}

/// The waiter `w` of a primitive, if it is a task waiting in person.
fn in_person(w: &Value) -> Option<(&FutureObj, &TaskPart)> {
    let f = as_future(w)?;
    let t = part(f)?;
    (t.in_person.get() != InPerson::No).then_some((f, t))
}

/// How the wait of waiter `w` stands: None if `w` is a future.
pub fn in_person_state(w: &Value) -> Option<InPerson> {
    in_person(w).map(|(_, t)| t.in_person.get())
}

/// `fut.set_result(result)` for a task waiting in person: its step is
/// scheduled as the future's wake-up would have been. False if `w` is a
/// future.
pub fn wake_in_person(w: &Value, result: &Value) -> bool {
    let Some((f, t)) = in_person(w) else {
        return false;
    };
    if t.in_person.get() == InPerson::Waiting {
        t.in_person
            .set(InPerson::Woken(matches!(result, Value::Bool(true))));
        f.lp.call_soon(Job::Step {
            task: w.clone(),
            exc: None,
        });
    }
    true
}

/// The waiting coroutine resumed: the task waits no more. How its wait
/// ended; None if `w` is a future.
pub fn end_in_person(w: &Value) -> Option<InPerson> {
    let (_, t) = in_person(w)?;
    Some(t.in_person.replace(InPerson::No))
}

/// `fut.cancel(msg)` for a task waiting in person: it is woken with the
/// CancelledError that the future's result() would have raised.
fn cancel_in_person(vm: &'static Vm, task: &Value, f: &FutureObj, t: &TaskPart, msg: Value) {
    t.in_person.set(InPerson::Cancelled);
    f.lp.call_soon(Job::Step {
        task: task.clone(),
        exc: Some(super::future::cancelled_error(vm, msg)),
    });
}

/// The future a task waiting in person would be waiting on, as a private
/// attribute or a repr shows it: a copy in the same state (completing it
/// does not end the wait).
pub fn in_person_view(vm: &'static Vm, w: &Value) -> Option<Value> {
    let (f, t) = in_person(w)?;
    let view = FutureObj::new(super::types(vm).future.clone(), f.lp.clone(), None);
    match t.in_person.get() {
        InPerson::Woken(with_true) => {
            let result = if with_true {
                Value::Bool(true)
            } else {
                Value::None
            };
            let _ = view.set_result(vm, &Value::None, result);
        }
        InPerson::Cancelled => {
            view.cancel(&Value::None, Value::None);
        }
        _ => view.add_callback(&Value::None, Callback::Wakeup(w.clone())),
    }
    Some(super::future::wrap(vm, view))
}

fn part(f: &FutureObj) -> Option<&TaskPart> {
    f.task.as_deref()
}

/// A new task for `coro` on `lp`, scheduled to take its first step in the
/// loop's next iteration.
pub fn new_task(
    vm: &'static Vm,
    class: &Rc<Class>,
    lp: &Rc<EventLoop>,
    coro: Value,
    name: Option<Value>,
) -> R<Value> {
    if !is_coroutine(&coro) {
        return Err(vm.type_error(format!("a coroutine was expected, got {}", vm.repr(&coro)?)));
    }
    let name = match name {
        Some(n) if !n.is_none() => Value::str(vm.str_of(&n)?),
        _ => Value::Int(super::next_task_number(vm) as i64),
    };
    let serial = lp.task_serial.get();
    lp.task_serial.set(serial + 1);
    let part = Box::new(TaskPart {
        serial,
        coro,
        name: Cell::new(name),
        must_cancel: Cell::new(false),
        fut_waiter: Cell::new(None),
        in_person: Cell::new(InPerson::No),
        num_cancels_requested: Cell::new(0),
    });
    let task = super::future::wrap(vm, FutureObj::new(class.clone(), lp.clone(), Some(part)));
    lp.call_soon(Job::Step {
        task: task.clone(),
        exc: None,
    });
    lp.tasks.borrow_mut().insert(serial, task.clone());
    Ok(task)
}

/// A task's creation serial, its key in task tables.
pub fn serial(task: &Value) -> Option<u64> {
    as_future(task).and_then(part).map(|t| t.serial)
}

pub fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Generator(g) if g.kind == GenKind::Coroutine)
}

/// Task.cancel(msg): asks the task to cancel itself at its next step.
pub fn cancel(vm: &'static Vm, task: &Value, msg: Value) -> R<bool> {
    let Some(f) = as_future(task) else {
        return Ok(false);
    };
    let Some(t) = part(f) else {
        return Ok(f.cancel(task, msg));
    };
    f.log_traceback.set(false);
    if f.done() {
        return Ok(false);
    }
    t.num_cancels_requested
        .set(t.num_cancels_requested.get() + 1);
    let waiter = t.fut_waiter();
    if let Some(w) = waiter {
        if cancel_any(vm, &w, msg.clone())? {
            return Ok(true);
        }
    } else if t.in_person.get() == InPerson::Waiting {
        cancel_in_person(vm, task, f, t, msg);
        return Ok(true);
    }
    t.must_cancel.set(true);
    f.set_cancel_message(msg);
    Ok(true)
}

/// `.cancel(msg)` on whatever a task waits on: a native future or task
/// directly, anything else through its method.
pub fn cancel_any(vm: &'static Vm, v: &Value, msg: Value) -> R<bool> {
    if let Some(f) = as_future(v) {
        if f.task.is_some() {
            return cancel(vm, v, msg);
        }
        // A Python subclass may override cancel().
        if let Value::Instance(i) = v {
            if !super::is_native_class(vm, &i.class) {
                let m = vm.getattr(v, &Name::new("cancel"))?;
                let mut args = crate::interp::Args::default();
                args.kw.push((Name::new("msg"), msg));
                let r = vm.call(&m, args)?;
                return vm.truthy(&r);
            }
        }
        return Ok(f.cancel(v, msg));
    }
    let m = vm.getattr(v, &Name::new("cancel"))?;
    let mut args = crate::interp::Args::default();
    args.kw.push((Name::new("msg"), msg));
    let r = vm.call(&m, args)?;
    vm.truthy(&r)
}

/// `Task.__step`: runs the coroutine until it suspends or finishes.
pub fn step(vm: &'static Vm, task: &Value, exc: Option<Exc>) -> R<()> {
    let Some(f) = as_future(task) else {
        return Ok(());
    };
    let Some(t) = part(f) else { return Ok(()) };
    if f.done() {
        return Err(vm.new_exc(
            &super::types(vm).invalid_state_error,
            format!("_step(): already done: {}", vm.repr(task)?),
        ));
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        let is_cancel = exc
            .as_ref()
            .is_some_and(|e| vm.exc_is(e, &super::types(vm).cancelled_error));
        if !is_cancel {
            exc = Some(f.make_cancelled_error(vm));
        }
        t.must_cancel.set(false);
    }
    t.set_fut_waiter(None);
    let lp = f.lp.clone();
    let previous = lp.current_task.replace(Some(task.clone()));
    let how = match exc {
        None => Resume::Send(Value::None),
        Some(e) => Resume::Throw(e),
    };
    let r = match &t.coro {
        Value::Generator(g) => {
            let driven = vm.task_driven.replace(true);
            let r = vm.resume_awaited(g, how);
            vm.task_driven.set(driven);
            r
        }
        _ => Err(vm.type_error("task coroutine is not a coroutine")),
    };
    *lp.current_task.borrow_mut() = previous;
    match r {
        Ok(Step::Returned(v)) => {
            if t.must_cancel.get() {
                t.must_cancel.set(false);
                let msg = f.cancel_message();
                f.cancel(task, msg);
            } else {
                f.set_result(vm, task, v)?;
            }
        }
        Ok(Step::Yielded(y)) => suspended(vm, task, f, t, y)?,
        Err(e) if vm.exc_is(&e, &super::types(vm).cancelled_error) => {
            // As the C task does: the message stays with the exception.
            f.set_cancelled_exc(e);
            f.cancel(task, Value::None);
        }
        Err(e) if is_fatal(vm, &e) => {
            f.set_exception(vm, task, e.clone())?;
            return Err(e);
        }
        Err(e) => f.set_exception(vm, task, e)?,
    }
    if f.done() {
        let gone = lp.tasks.borrow_mut().remove(t.serial);
        drop(gone);
    }
    Ok(())
}

/// The coroutine yielded `y`: a future to wait on, None to go round once
/// more, or something a task cannot wait on.
fn suspended(vm: &'static Vm, task: &Value, f: &FutureObj, t: &TaskPart, y: Value) -> R<()> {
    let lp = &f.lp;
    if y.is(task) && t.in_person.get() == InPerson::Waiting {
        // Waiting in person: the primitive's waiters hold the task.
        if t.must_cancel.get() {
            t.must_cancel.set(false);
            cancel_in_person(vm, task, f, t, f.cancel_message());
        }
    } else if let Some(w) = as_future(&y) {
        if !Rc::ptr_eq(&w.lp, lp) {
            let e = vm.runtime_error(format!(
                "Task {} got Future {} attached to a different loop",
                vm.repr(task)?,
                vm.repr(&y)?
            ));
            lp.call_soon(Job::Step {
                task: task.clone(),
                exc: Some(e),
            });
        } else if w.blocking.get() {
            if y.is(task) {
                let e =
                    vm.runtime_error(format!("Task cannot await on itself: {}", vm.repr(task)?));
                lp.call_soon(Job::Step {
                    task: task.clone(),
                    exc: Some(e),
                });
            } else {
                w.blocking.set(false);
                w.add_callback(&y, Callback::Wakeup(task.clone()));
                t.set_fut_waiter(Some(y.clone()));
                if t.must_cancel.get() {
                    let msg = f.cancel_message();
                    if cancel_any(vm, &y, msg)? {
                        t.must_cancel.set(false);
                    }
                }
            }
        } else {
            let e = vm.runtime_error(format!(
                "yield was used instead of yield from in task {} with {}",
                vm.repr(task)?,
                vm.repr(&y)?
            ));
            lp.call_soon(Job::Step {
                task: task.clone(),
                exc: Some(e),
            });
        }
    } else if y.is_none() {
        lp.call_soon(Job::Step {
            task: task.clone(),
            exc: None,
        });
    } else {
        let e = vm.runtime_error(format!("Task got bad yield: {}", vm.repr(&y)?));
        lp.call_soon(Job::Step {
            task: task.clone(),
            exc: Some(e),
        });
    }
    Ok(())
}

/// `Task.__wakeup`: the future the task waits on is done; step with its
/// outcome.
pub fn wakeup(vm: &'static Vm, task: &Value) -> R<()> {
    let waiter = as_future(task).and_then(part).and_then(|t| t.fut_waiter());
    let outcome = match waiter.as_ref().and_then(as_future) {
        Some(w) => w.result(vm).map(|_| ()),
        // A copy of the future of a wait in person was completed (see
        // `in_person_view`): the wait itself goes on.
        None => return Ok(()),
    };
    match outcome {
        Ok(()) => step(vm, task, None),
        Err(e) => step(vm, task, Some(e)),
    }
}

/// `coro=<...>` of a task's repr, as asyncio's `_format_coroutine`.
pub fn format_coroutine(vm: &'static Vm, coro: &Value) -> R<String> {
    let Value::Generator(g) = coro else {
        return vm.repr(coro);
    };
    let name = format!("{}()", g.qualname);
    let Some(code) = &g.code else {
        return Ok(name);
    };
    if g.has_body() || g.running.get() {
        let line = if g.started.get() {
            g.line.get()
        } else {
            code.line
        };
        Ok(format!("{name} running at {}:{line}", code.file))
    } else {
        Ok(format!(
            "{name} done, defined at {}:{}",
            code.file, code.line
        ))
    }
}

/// The repr of a task: `<Task pending name='Task-1' coro=<...> ...>`.
pub fn repr(vm: &'static Vm, task: &Value) -> R<String> {
    let Some(f) = as_future(task) else {
        return vm.repr(task);
    };
    let Some(t) = part(f) else {
        return vm.repr(task);
    };
    let mut info = super::future::repr_info(vm, f)?;
    if t.num_cancels_requested.get() > 0 && !f.done() {
        info[0] = "cancelling".into();
    }
    info.insert(1, format!("name={}", vm.repr(&t.name())?));
    info.insert(2, format!("coro=<{}>", format_coroutine(vm, &t.coro)?));
    if let Some(w) = t.fut_waiter().or_else(|| in_person_view(vm, task)) {
        info.insert(3, format!("wait_for={}", vm.repr(&w)?));
    }
    let class = vm.type_of(task);
    Ok(format!("<{} {}>", class.name, info.join(" ")))
}

/// Task.cancelling() / uncancel().
pub fn cancelling(task: &Value) -> u32 {
    as_future(task)
        .and_then(part)
        .map_or(0, |t| t.num_cancels_requested.get())
}

pub fn uncancel(task: &Value) -> u32 {
    let Some(t) = as_future(task).and_then(part) else {
        return 0;
    };
    let n = t.num_cancels_requested.get().saturating_sub(1);
    t.num_cancels_requested.set(n);
    n
}

pub fn is_pending(task: &Value) -> bool {
    as_future(task).is_some_and(|f| f.state.get() == State::Pending)
}
