//! asyncio.Future: a result that arrives later. Its done-callbacks are
//! scheduled with `call_soon`, in the order they were added, when it
//! completes — the rule that makes awaiting code resume when CPython's does.
//! A Task is a Future with a coroutine (`FutureObj::task`).

use std::cell::{Cell, RefCell};
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

pub struct FutureObj {
    pub state: Cell<State>,
    pub result: RefCell<Value>,
    pub exception: RefCell<Option<Exc>>,
    pub callbacks: RefCell<Vec<Callback>>,
    pub cancel_message: RefCell<Value>,
    /// The CancelledError a task's coroutine raised (re-raised by result()).
    pub cancelled_exc: RefCell<Option<Exc>>,
    /// Set while a coroutine awaits this future: the task then waits for it.
    pub blocking: Cell<bool>,
    /// An exception nobody retrieved is reported when the future dies.
    pub log_traceback: Cell<bool>,
    pub lp: Rc<EventLoop>,
    pub task: Option<TaskPart>,
}

impl FutureObj {
    pub fn new(lp: Rc<EventLoop>, task: Option<TaskPart>) -> FutureObj {
        FutureObj {
            state: Cell::new(State::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            callbacks: RefCell::new(Vec::new()),
            cancel_message: RefCell::new(Value::None),
            cancelled_exc: RefCell::new(None),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            lp,
            task,
        }
    }

    pub fn done(&self) -> bool {
        self.state.get() != State::Pending
    }

    /// Schedules every done-callback, in order, and forgets them.
    fn schedule_callbacks(&self, me: &Value) {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        for cb in callbacks {
            self.lp.call_soon(match cb {
                Callback::Py(func) => Job::Done {
                    func,
                    fut: me.clone(),
                },
                Callback::Wakeup(task) => Job::Wakeup {
                    task,
                    fut: me.clone(),
                },
            });
        }
    }

    pub fn add_callback(&self, me: &Value, cb: Callback) {
        if self.done() {
            self.lp.call_soon(match cb {
                Callback::Py(func) => Job::Done {
                    func,
                    fut: me.clone(),
                },
                Callback::Wakeup(task) => Job::Wakeup {
                    task,
                    fut: me.clone(),
                },
            });
        } else {
            // Most futures get one callback: no room for four.
            let mut cbs = self.callbacks.borrow_mut();
            cbs.reserve_exact(1);
            cbs.push(cb);
        }
    }

    /// Future.cancel: False when already done.
    pub fn cancel(&self, me: &Value, msg: Value) -> bool {
        self.log_traceback.set(false);
        if self.done() {
            return false;
        }
        self.state.set(State::Cancelled);
        *self.cancel_message.borrow_mut() = msg;
        self.schedule_callbacks(me);
        true
    }

    pub fn set_result(&self, vm: &'static Vm, me: &Value, v: Value) -> R<()> {
        if self.done() {
            return Err(invalid_state(vm));
        }
        *self.result.borrow_mut() = v;
        self.state.set(State::Finished);
        self.schedule_callbacks(me);
        Ok(())
    }

    pub fn set_exception(&self, vm: &'static Vm, me: &Value, e: Exc) -> R<()> {
        if self.done() {
            return Err(invalid_state(vm));
        }
        *self.exception.borrow_mut() = Some(e);
        self.state.set(State::Finished);
        self.schedule_callbacks(me);
        self.log_traceback.set(true);
        Ok(())
    }

    /// The CancelledError that result() raises for a cancelled future.
    pub fn make_cancelled_error(&self, vm: &'static Vm) -> Exc {
        if let Some(e) = self.cancelled_exc.borrow_mut().take() {
            return e;
        }
        let msg = self.cancel_message.borrow().clone();
        let args = if msg.is_none() { vec![] } else { vec![msg] };
        vm.exc_with_args(&super::types(vm).cancelled_error, args)
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
                match &*self.exception.borrow() {
                    Some(e) => Err(e.clone()),
                    None => Ok(self.result.borrow().clone()),
                }
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
                Ok(self
                    .exception
                    .borrow()
                    .as_ref()
                    .map_or(Value::None, |e| e.value()))
            }
        }
    }
}

/// A future that dies holding an exception nobody retrieved hands its
/// state to its loop, which reports it (as CPython's `Future.__del__`
/// does) at its next iteration, when calling Python code is safe again.
impl Drop for FutureObj {
    fn drop(&mut self) {
        if !self.log_traceback.get() || self.exception.borrow().is_none() {
            return;
        }
        let ghost = FutureObj {
            state: Cell::new(self.state.get()),
            result: RefCell::new(Value::None),
            exception: RefCell::new(self.exception.borrow_mut().take()),
            callbacks: RefCell::new(Vec::new()),
            cancel_message: RefCell::new(Value::None),
            cancelled_exc: RefCell::new(None),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            lp: self.lp.clone(),
            task: self.task.take(),
        };
        self.lp.unretrieved.borrow_mut().push(ghost);
    }
}

/// What the C Future (CPython's default) says when completed twice.
fn invalid_state(vm: &'static Vm) -> Exc {
    vm.new_exc(&super::types(vm).invalid_state_error, "invalid state")
}

/// The future (or task) behind a Python value.
pub fn as_future(v: &Value) -> Option<&FutureObj> {
    match v {
        Value::Instance(i) => i.data::<FutureObj>(),
        _ => None,
    }
}

/// A new pending future of `class` (Future, or a subclass) on `lp`.
pub fn new_future(class: &Rc<Class>, lp: Rc<EventLoop>) -> Value {
    Instance::with_data(class.clone(), FutureObj::new(lp, None))
}

/// The `cb=[...]` part of a repr: what will be called back.
fn callbacks_repr(vm: &'static Vm, f: &FutureObj) -> R<String> {
    let cbs = f.callbacks.borrow();
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
        match &*f.exception.borrow() {
            Some(e) => info.push(format!("exception={}", vm.repr(&e.value())?)),
            None => {
                let r = f.result.borrow().clone();
                info.push(format!("result={}", reprlib(vm, &r, 6)?));
            }
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
