//! asyncio.Future: a result that arrives later. Its done-callbacks are
//! scheduled with `call_soon`, in the order they were added, when it
//! completes — the rule that makes awaiting code resume when CPython's does.
//! A Task is a Future with a coroutine (`FutureObj::task`).
//!
//! A program may hold a hundred thousand pending futures at once (every
//! waiting task has one, and the task itself is one), so the object is
//! kept small: what it holds is one enum, its callbacks usually one.

use std::cell::Cell;
use std::rc::Rc;

use super::event_loop::{EventLoop, Job};
use super::task::TaskPart;
use crate::interp::{Exc, Vm, R};
use crate::runtime::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum State {
    Pending,
    Cancelled,
    Finished,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Pending => "PENDING",
            State::Cancelled => "CANCELLED",
            State::Finished => "FINISHED",
        }
    }
}

/// A done-callback.
pub enum Callback {
    /// A Python callable, called with the future.
    Py(Value),
    /// The task waiting on this future.
    Wakeup(Value),
}

/// The done-callbacks: most futures get exactly one (the task waiting).
#[derive(Default)]
pub enum Callbacks {
    #[default]
    None,
    One(Callback),
    /// Boxed: the enum is then no bigger than one callback.
    Many(Box<Vec<Callback>>),
}

impl Callbacks {
    pub fn push(&mut self, cb: Callback) {
        *self = match std::mem::take(self) {
            Callbacks::None => Callbacks::One(cb),
            Callbacks::One(first) => Callbacks::Many(Box::new(vec![first, cb])),
            Callbacks::Many(mut v) => {
                v.push(cb);
                Callbacks::Many(v)
            }
        };
    }

    pub fn into_vec(self) -> Vec<Callback> {
        match self {
            Callbacks::None => Vec::new(),
            Callbacks::One(cb) => vec![cb],
            Callbacks::Many(v) => *v,
        }
    }

    pub fn from_vec(mut v: Vec<Callback>) -> Callbacks {
        match v.len() {
            0 => Callbacks::None,
            1 => Callbacks::One(v.pop().expect("one callback")),
            _ => Callbacks::Many(Box::new(v)),
        }
    }

    pub fn as_slice(&self) -> &[Callback] {
        match self {
            Callbacks::None => &[],
            Callbacks::One(cb) => std::slice::from_ref(cb),
            Callbacks::Many(v) => v,
        }
    }
}

/// What a future holds besides its state.
#[derive(Default)]
pub enum Outcome {
    #[default]
    Nothing,
    Result(Value),
    Exception(Exc),
    /// A requested or done cancellation (boxed: the enum is then as
    /// small as a Value).
    Cancel(Box<Cancel>),
}

/// The message of a requested or done cancellation, and the
/// CancelledError a task's coroutine raised (which result() re-raises).
pub struct Cancel {
    msg: Value,
    raised: Option<Exc>,
}

impl Outcome {
    fn cancel(msg: Value, raised: Option<Exc>) -> Outcome {
        Outcome::Cancel(Box::new(Cancel { msg, raised }))
    }
}

const _: () = assert!(std::mem::size_of::<Outcome>() <= 16);

pub struct FutureObj {
    /// Future, Task, or a Python subclass of one.
    pub class: Rc<Class>,
    pub state: Cell<State>,
    /// Set while a coroutine awaits this future: the task then waits for it.
    pub blocking: Cell<bool>,
    /// An exception nobody retrieved is reported when the future dies.
    pub log_traceback: Cell<bool>,
    /// Already among the children of the gather being built (gather.rs).
    pub gathered: Cell<bool>,
    /// Cells, not RefCells (taken out while read): the object fits in 96
    /// bytes with its header, an allocator size class.
    outcome: Cell<Outcome>,
    callbacks: Cell<Callbacks>,
    /// Attributes a program sets on a future or task (C futures have a
    /// `__dict__` too); boxed, and made by the first one.
    attrs: Cell<Option<Box<InstanceAttrs>>>,
    pub lp: Rc<EventLoop>,
    /// Boxed: most futures are not tasks.
    pub task: Option<Box<TaskPart>>,
}

// With its reference counts, 96 bytes: an allocator size class.
const _: () = assert!(std::mem::size_of::<FutureObj>() <= 80);

impl FutureObj {
    pub fn new(class: Rc<Class>, lp: Rc<EventLoop>, task: Option<Box<TaskPart>>) -> FutureObj {
        FutureObj {
            class,
            state: Cell::new(State::Pending),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            gathered: Cell::new(false),
            outcome: Cell::new(Outcome::Nothing),
            callbacks: Cell::new(Callbacks::None),
            attrs: Cell::new(None),
            lp,
            task,
        }
    }

    /// Runs `f` over the callbacks (which it may not change); what `f`
    /// makes Python code add meanwhile is kept after them.
    pub fn with_callbacks<T>(&self, f: impl FnOnce(&[Callback]) -> T) -> T {
        let cbs = self.callbacks.take();
        let r = f(cbs.as_slice());
        let added = self.callbacks.take();
        let mut all = cbs.into_vec();
        all.extend(added.into_vec());
        self.callbacks.set(Callbacks::from_vec(all));
        r
    }

    /// Takes the callbacks out (to schedule or filter them).
    pub fn take_callbacks(&self) -> Callbacks {
        self.callbacks.take()
    }

    pub fn set_callbacks(&self, cbs: Callbacks) {
        self.callbacks.set(cbs);
    }

    /// An attribute the program set on this future.
    pub fn attr(&self, name: &Name) -> Option<Value> {
        let attrs = self.attrs.take();
        let v = attrs.as_ref().and_then(|a| a.get(name));
        self.attrs.set(attrs);
        v
    }

    pub fn set_attr(&self, name: Name, v: Value) {
        let mut attrs = self.attrs.take().unwrap_or_default();
        // The old value drops after the table is back in place: its
        // destructor may run Python code that looks at this future.
        let old = attrs.insert(name, v);
        self.attrs.set(Some(attrs));
        drop(old);
    }

    /// Deletes an attribute; false when there was none.
    pub fn del_attr(&self, name: &Name) -> bool {
        let mut attrs = self.attrs.take();
        let old = attrs.as_mut().and_then(|a| a.shift_remove(name));
        self.attrs.set(attrs);
        old.is_some()
    }

    /// Runs `f` over the outcome (taken out meanwhile: `f` runs no
    /// Python code).
    fn with_outcome<T>(&self, f: impl FnOnce(&mut Outcome) -> T) -> T {
        let mut o = self.outcome.take();
        let r = f(&mut o);
        self.outcome.set(o);
        r
    }

    pub fn done(&self) -> bool {
        self.state.get() != State::Pending
    }

    /// The result, if it finished with one (None otherwise).
    pub fn result_value(&self) -> Value {
        self.with_outcome(|o| match o {
            Outcome::Result(v) => v.clone(),
            _ => Value::None,
        })
    }

    /// The exception it finished with.
    pub fn exception_exc(&self) -> Option<Exc> {
        self.with_outcome(|o| match o {
            Outcome::Exception(e) => Some(e.clone()),
            _ => None,
        })
    }

    /// The message of the cancellation requested or done (None if none).
    pub fn cancel_message(&self) -> Value {
        self.with_outcome(|o| match o {
            Outcome::Cancel(c) => c.msg.clone(),
            _ => Value::None,
        })
    }

    /// Remembers a cancellation's message (a task cancelled while running
    /// keeps it until its coroutine sees the CancelledError).
    pub fn set_cancel_message(&self, msg: Value) {
        drop(self.outcome.replace(Outcome::cancel(msg, None)));
    }

    /// The CancelledError the task's coroutine raised, to be re-raised.
    pub fn set_cancelled_exc(&self, e: Exc) {
        let msg = match self.outcome.take() {
            Outcome::Cancel(c) => c.msg,
            _ => Value::None,
        };
        self.outcome.set(Outcome::cancel(msg, Some(e)));
    }

    fn job(cb: Callback, me: &Value) -> Job {
        match cb {
            Callback::Py(func) => Job::call(func, vec![me.clone()]),
            Callback::Wakeup(task) => Job::Wakeup { task },
        }
    }

    /// Schedules every done-callback, in order, and forgets them.
    fn schedule_callbacks(&self, me: &Value) {
        match self.callbacks.take() {
            Callbacks::None => {}
            Callbacks::One(cb) => self.lp.call_soon(Self::job(cb, me)),
            Callbacks::Many(v) => {
                for cb in *v {
                    self.lp.call_soon(Self::job(cb, me));
                }
            }
        }
    }

    pub fn add_callback(&self, me: &Value, cb: Callback) {
        if self.done() {
            self.lp.call_soon(Self::job(cb, me));
        } else {
            let mut cbs = self.callbacks.take();
            cbs.push(cb);
            self.callbacks.set(cbs);
        }
    }

    /// Future.cancel: False when already done.
    pub fn cancel(&self, me: &Value, msg: Value) -> bool {
        self.log_traceback.set(false);
        if self.done() {
            return false;
        }
        self.state.set(State::Cancelled);
        let raised = match self.outcome.take() {
            Outcome::Cancel(c) => c.raised,
            _ => None,
        };
        self.outcome.set(Outcome::cancel(msg, raised));
        self.schedule_callbacks(me);
        true
    }

    pub fn set_result(&self, vm: &'static Vm, me: &Value, v: Value) -> R<()> {
        if self.done() {
            return Err(invalid_state(vm));
        }
        drop(self.outcome.replace(Outcome::Result(v)));
        self.state.set(State::Finished);
        self.schedule_callbacks(me);
        Ok(())
    }

    pub fn set_exception(&self, vm: &'static Vm, me: &Value, e: Exc) -> R<()> {
        if self.done() {
            return Err(invalid_state(vm));
        }
        drop(self.outcome.replace(Outcome::Exception(e)));
        self.state.set(State::Finished);
        self.schedule_callbacks(me);
        self.log_traceback.set(true);
        Ok(())
    }

    /// The CancelledError that result() raises for a cancelled future.
    pub fn make_cancelled_error(&self, vm: &'static Vm) -> Exc {
        let taken = self.with_outcome(|o| match o {
            Outcome::Cancel(c) => c.raised.take().ok_or_else(|| c.msg.clone()),
            _ => Err(Value::None),
        });
        let msg = match taken {
            Ok(e) => return e,
            Err(msg) => msg,
        };
        cancelled_error(vm, msg)
    }

    /// Future.result().
    pub fn result(&self, vm: &'static Vm) -> R<Value> {
        match self.state.get() {
            State::Cancelled => Err(self.make_cancelled_error(vm)),
            State::Pending => {
                Err(vm.new_exc(&super::types(vm).invalid_state_error, "Result is not set."))
            }
            State::Finished => {
                self.log_traceback.set(false);
                self.with_outcome(|o| match o {
                    Outcome::Exception(e) => Err(e.clone()),
                    Outcome::Result(v) => Ok(v.clone()),
                    _ => Ok(Value::None),
                })
            }
        }
    }

    /// Future.exception().
    pub fn exception(&self, vm: &'static Vm) -> R<Value> {
        match self.state.get() {
            State::Cancelled => Err(self.make_cancelled_error(vm)),
            State::Pending => Err(vm.new_exc(
                &super::types(vm).invalid_state_error,
                "Exception is not set.",
            )),
            State::Finished => {
                self.log_traceback.set(false);
                Ok(self.exception_exc().map_or(Value::None, |e| e.value()))
            }
        }
    }
}

/// A future that dies holding an exception nobody retrieved hands its
/// state to its loop, which reports it (as CPython's `Future.__del__`
/// does) at its next iteration, when calling Python code is safe again.
impl Drop for FutureObj {
    fn drop(&mut self) {
        if !self.log_traceback.get() {
            return;
        }
        let Outcome::Exception(e) = std::mem::take(self.outcome.get_mut()) else {
            return;
        };
        let ghost = FutureObj {
            class: self.class.clone(),
            state: Cell::new(self.state.get()),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            gathered: Cell::new(false),
            outcome: Cell::new(Outcome::Exception(e)),
            callbacks: Cell::new(Callbacks::None),
            attrs: Cell::new(None),
            lp: self.lp.clone(),
            task: self.task.take(),
        };
        self.lp.unretrieved.borrow_mut().push(ghost);
    }
}

/// `CancelledError(msg)`, or with no arguments when there is no message.
pub fn cancelled_error(vm: &'static Vm, msg: Value) -> Exc {
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    vm.exc_with_args(&super::types(vm).cancelled_error, args)
}

/// What the C Future (CPython's default) says when completed twice.
fn invalid_state(vm: &'static Vm) -> Exc {
    vm.new_exc(&super::types(vm).invalid_state_error, "invalid state")
}

/// The future (or task) behind a Python value.
pub fn as_future(v: &Value) -> Option<&FutureObj> {
    match v {
        Value::Future(f) => Some(f),
        Value::Instance(i) => i.data::<FutureObj>(),
        _ => None,
    }
}

/// The value for a future: one allocation for the native classes, an
/// instance (which has an attribute table) for a Python subclass.
pub fn wrap(vm: &'static Vm, f: FutureObj) -> Value {
    if super::is_native_class(vm, &f.class) {
        Value::Future(Rc::new(f))
    } else {
        Instance::with_data(f.class.clone(), f)
    }
}

/// A new pending future of `class` (Future, or a subclass) on `lp`.
pub fn new_future(vm: &'static Vm, class: &Rc<Class>, lp: Rc<EventLoop>) -> Value {
    wrap(vm, FutureObj::new(class.clone(), lp, None))
}

/// The `cb=[...]` part of a repr: what will be called back.
fn callbacks_repr(vm: &'static Vm, f: &FutureObj) -> R<String> {
    f.with_callbacks(|cbs| callbacks_text(vm, cbs))
}

fn callbacks_text(vm: &'static Vm, cbs: &[Callback]) -> R<String> {
    if cbs.is_empty() {
        return Ok(String::new());
    }
    let one = |cb: &Callback| -> R<String> {
        Ok(match cb {
            Callback::Wakeup(_) => "Task.task_wakeup()".to_string(),
            Callback::Py(func) => super::callable_repr(vm, func)?,
        })
    };
    let names: Vec<String> = if cbs.len() <= 2 {
        cbs.iter().map(one).collect::<R<_>>()?
    } else {
        vec![
            one(&cbs[0])?,
            format!("<{} more>", cbs.len() - 2),
            one(&cbs[cbs.len() - 1])?,
        ]
    };
    Ok(format!("cb=[{}]", names.join(", ")))
}

/// `_future_repr_info`: state, then result or exception, then callbacks.
pub fn repr_info(vm: &'static Vm, f: &FutureObj) -> R<Vec<String>> {
    let mut info = vec![f.state.get().name().to_lowercase()];
    if f.state.get() == State::Finished {
        match f.exception_exc() {
            Some(e) => info.push(format!("exception={}", vm.repr(&e.value())?)),
            None => info.push(format!("result={}", reprlib(vm, &f.result_value(), 6)?)),
        }
    }
    let cb = callbacks_repr(vm, f)?;
    if !cb.is_empty() {
        info.push(cb);
    }
    Ok(info)
}

/// `reprlib.repr`, which future and task reprs use for results: long
/// values are cut in the middle, containers after a few items.
pub fn reprlib(vm: &'static Vm, v: &Value, level: usize) -> R<String> {
    fn cut(s: String, max: usize) -> String {
        let n = s.chars().count();
        if n <= max {
            return s;
        }
        let i = (max - 3) / 2;
        let j = max - 3 - i;
        let head: String = s.chars().take(i).collect();
        let tail: String = s.chars().skip(n - j).collect();
        format!("{head}...{tail}")
    }
    let seq = |items: &[Value], max: usize, open: &str, close: &str| -> R<String> {
        if items.is_empty() {
            return Ok(format!("{open}{close}"));
        }
        if level == 0 {
            return Ok(format!("{open}...{close}"));
        }
        let mut parts = Vec::new();
        for x in items.iter().take(max) {
            parts.push(reprlib(vm, x, level - 1)?);
        }
        if items.len() > max {
            parts.push("...".into());
        }
        Ok(format!("{open}{}{close}", parts.join(", ")))
    };
    Ok(match v {
        Value::Str(_) => cut(vm.repr(v)?, 30),
        Value::Int(_) | Value::BigInt(_) => cut(vm.repr(v)?, 40),
        Value::List(l) => {
            let items = l.borrow().clone();
            seq(&items, 6, "[", "]")?
        }
        Value::Tuple(t) if t.len() == 1 => format!("({},)", reprlib(vm, &t[0], level)?),
        Value::Tuple(t) => seq(t, 6, "(", ")")?,
        Value::Dict(d) => {
            if d.borrow().is_empty() {
                return Ok("{}".into());
            }
            if level == 0 {
                return Ok("{...}".into());
            }
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let mut parts = Vec::new();
            for (k, x) in entries.iter().take(4) {
                parts.push(format!(
                    "{}: {}",
                    reprlib(vm, k, level - 1)?,
                    reprlib(vm, x, level - 1)?
                ));
            }
            if entries.len() > 4 {
                parts.push("...".into());
            }
            format!("{{{}}}", parts.join(", "))
        }
        Value::None | Value::Bool(_) => vm.repr(v)?,
        _ => cut(vm.repr(v)?, 30),
    })
}
