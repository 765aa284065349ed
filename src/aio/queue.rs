//! asyncio.Queue in Rust, following CPython 3.11's asyncio/queues.py step
//! for step: the same getter and putter deques, the same wake-ups, the same
//! `_finished` event. A producer/consumer pipeline switches tasks on every
//! item, so put and get are native coroutines.
//!
//! A plain Queue keeps its items in Rust. A subclass that overrides one of
//! the storage hooks (`_init`, `_put`, `_get`, `qsize`, `empty`, `full`),
//! as PriorityQueue and LifoQueue in asyncio.py do, gets queues.py exactly:
//! the hooks are called as methods and the base ones work on a
//! `self._queue` deque in the instance's dict.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::future::as_future;
use super::sync::{
    deque_of, event_clear, event_set, is_cancelled, is_done, native_class, no_attribute, remove,
    set_result, state, waiters_value, AwaitWaiter, Bound, EventState, EventWait, Waiters,
};
use super::types;
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::stdlib::{arity, builtin, kwarg};

#[derive(Default)]
pub struct QueueState {
    /// `maxsize` as given (None until `__init__` runs).
    maxsize: RefCell<Option<Value>>,
    /// A plain Queue's items, oldest first.
    items: RefCell<VecDeque<Value>>,
    /// A subclass overrides a storage hook: call the methods.
    custom: Cell<bool>,
    getters: Waiters,
    putters: Waiters,
    unfinished: Cell<i64>,
    finished: EventState,
    bound: Bound,
}

fn queue<'a>(vm: &'static Vm, v: &'a Value) -> R<&'a QueueState> {
    state::<QueueState>(vm, v, "Queue")
}

fn finished<'a>(vm: &'static Vm, v: &'a Value) -> R<&'a EventState> {
    Ok(&queue(vm, v)?.finished)
}

const HOOKS: [&str; 6] = ["_init", "_put", "_get", "qsize", "empty", "full"];

fn call(vm: &'static Vm, me: &Value, name: &str, args: Vec<Value>) -> R<Value> {
    vm.call_method(me, &Name::new(name), Args::new(args))
}

/// `self._queue` of a subclass that keeps its own storage.
fn own_storage(vm: &'static Vm, me: &Value) -> R<Value> {
    vm.getattr(me, &Name::new("_queue"))
}

fn qsize(vm: &'static Vm, me: &Value, s: &QueueState) -> R<Value> {
    if s.custom.get() {
        return call(vm, me, "qsize", vec![]);
    }
    Ok(Value::Int(s.items.borrow().len() as i64))
}

fn empty(vm: &'static Vm, me: &Value, s: &QueueState) -> R<bool> {
    if s.custom.get() {
        let e = call(vm, me, "empty", vec![])?;
        return vm.truthy(&e);
    }
    Ok(s.items.borrow().is_empty())
}

fn full(vm: &'static Vm, me: &Value, s: &QueueState) -> R<bool> {
    if s.custom.get() {
        let f = call(vm, me, "full", vec![])?;
        return vm.truthy(&f);
    }
    base_full(vm, me, s)
}

/// Queue.full as queues.py writes it: `maxsize <= 0` means unbounded.
fn base_full(vm: &'static Vm, me: &Value, s: &QueueState) -> R<bool> {
    let maxsize = s.maxsize.borrow().clone().unwrap_or(Value::Int(0));
    if let Value::Int(m) = maxsize {
        if m <= 0 {
            return Ok(false);
        }
        if let Value::Int(n) = qsize(vm, me, s)? {
            return Ok(n >= m);
        }
    }
    use crate::syntax::ast::CmpOp;
    let unbounded = vm.compare(CmpOp::LtE, &maxsize, &Value::Int(0))?;
    if vm.truthy(&unbounded)? {
        return Ok(false);
    }
    let n = qsize(vm, me, s)?;
    let full = vm.compare(CmpOp::GtE, &n, &maxsize)?;
    vm.truthy(&full)
}

/// The storage hooks Queue itself defines (`full` is built on `qsize`).
#[derive(Clone, Copy)]
enum Hook {
    Init,
    Put,
    Get,
    Qsize,
    Empty,
}

/// A base hook of a custom queue: queues.py's, over `self._queue`.
fn base_hook(vm: &'static Vm, me: &Value, hook: Hook, args: Vec<Value>) -> R<Value> {
    match hook {
        Hook::Init => {
            let collections = vm.import_module("collections")?;
            let deque = vm.getattr(&collections, &Name::new("deque"))?;
            let storage = vm.call(&deque, Args::default())?;
            vm.setattr(me, &Name::new("_queue"), storage)?;
            Ok(Value::None)
        }
        Hook::Put => call(vm, &own_storage(vm, me)?, "append", args),
        Hook::Get => call(vm, &own_storage(vm, me)?, "popleft", args),
        Hook::Qsize => Ok(Value::Int(vm.len(&own_storage(vm, me)?)? as i64)),
        Hook::Empty => Ok(Value::Bool(!vm.truthy(&own_storage(vm, me)?)?)),
    }
}

/// A base hook called as a method: on the Rust items of a plain queue, on
/// `self._queue` when a subclass overrides hooks.
fn hook_method(vm: &'static Vm, a: &[Value], hook: Hook) -> R<Value> {
    let s = queue(vm, &a[0])?;
    if s.custom.get() {
        return base_hook(vm, &a[0], hook, a[1..].to_vec());
    }
    match hook {
        Hook::Init => Ok(Value::None),
        Hook::Put => {
            arity(vm, "_put", a, 2, 2)?;
            s.items.borrow_mut().push_back(a[1].clone());
            Ok(Value::None)
        }
        Hook::Get => {
            let item = s.items.borrow_mut().pop_front();
            item.ok_or_else(|| vm.index_error("pop from an empty deque"))
        }
        Hook::Qsize => Ok(Value::Int(s.items.borrow().len() as i64)),
        Hook::Empty => Ok(Value::Bool(s.items.borrow().is_empty())),
    }
}

fn put_item(vm: &'static Vm, me: &Value, s: &QueueState, item: Value) -> R<()> {
    if s.custom.get() {
        call(vm, me, "_put", vec![item])?;
    } else {
        s.items.borrow_mut().push_back(item);
    }
    Ok(())
}

fn get_item(vm: &'static Vm, me: &Value, s: &QueueState) -> R<Value> {
    if s.custom.get() {
        return call(vm, me, "_get", vec![]);
    }
    // get_nowait checked emptiness first.
    Ok(s.items.borrow_mut().pop_front().unwrap_or(Value::None))
}

/// `_wakeup_next`: the first waiter not yet done gets None.
fn wakeup_next(vm: &'static Vm, waiters: &Waiters) -> R<()> {
    loop {
        let Some(waiter) = waiters.borrow_mut().pop_front() else {
            return Ok(());
        };
        if !is_done(&waiter) {
            return set_result(vm, &waiter, Value::None);
        }
    }
}

fn put_nowait(vm: &'static Vm, me: &Value, item: Value) -> R<()> {
    let s = queue(vm, me)?;
    if full(vm, me, s)? {
        return Err(vm.exc_with_args(&types(vm).queue_full, vec![]));
    }
    put_item(vm, me, s, item)?;
    s.unfinished.set(s.unfinished.get() + 1);
    event_clear(&s.finished);
    wakeup_next(vm, &s.getters)
}

fn get_nowait(vm: &'static Vm, me: &Value) -> R<Value> {
    let s = queue(vm, me)?;
    if empty(vm, me, s)? {
        return Err(vm.exc_with_args(&types(vm).queue_empty, vec![]));
    }
    let item = get_item(vm, me, s)?;
    wakeup_next(vm, &s.putters)?;
    Ok(item)
}

/// Which side of the queue a task waits on.
#[derive(Clone, Copy)]
enum Side {
    Put,
    Get,
}

impl Side {
    fn waiters(self, s: &QueueState) -> &Waiters {
        match self {
            Side::Put => &s.putters,
            Side::Get => &s.getters,
        }
    }

    /// The condition that makes a task wait on this side.
    fn blocked(self, vm: &'static Vm, me: &Value, s: &QueueState) -> R<bool> {
        match self {
            Side::Put => full(vm, me, s),
            Side::Get => empty(vm, me, s),
        }
    }
}

/// The loop of Queue.put and Queue.get: wait while blocked; a waiter that
/// fails (cancelled, mostly) hands its wake-up on to the next one.
async fn wait_while_blocked(vm: &'static Vm, me: &Value, side: Side) -> R<()> {
    loop {
        let s = queue(vm, me)?;
        if !side.blocked(vm, me, s)? {
            return Ok(());
        }
        let waiter = s.bound.enlist(vm, me, side.waiters(s))?;
        let (r, cancelled) = AwaitWaiter::new(vm, waiter.clone()).await;
        if let Err(e) = r {
            let s = queue(vm, me)?;
            // `getter.cancel()`, just in case it is not done yet (a task
            // waiting in person, never a future's task, has ended its wait).
            let cancelled = match as_future(&waiter) {
                Some(f) if f.task.is_none() => {
                    f.cancel(&waiter, Value::None);
                    is_cancelled(&waiter)
                }
                _ => cancelled,
            };
            remove(side.waiters(s), &waiter);
            if !side.blocked(vm, me, s)? && !cancelled {
                wakeup_next(vm, side.waiters(s))?;
            }
            return Err(e);
        }
    }
}

fn put(vm: &'static Vm, me: Value, item: Value) -> Value {
    vm.native_coroutine(
        "Queue.put",
        Box::pin(async move {
            wait_while_blocked(vm, &me, Side::Put).await?;
            put_nowait(vm, &me, item)?;
            Ok(Value::None)
        }),
    )
}

fn get(vm: &'static Vm, me: Value) -> Value {
    vm.native_coroutine(
        "Queue.get",
        Box::pin(async move {
            wait_while_blocked(vm, &me, Side::Get).await?;
            get_nowait(vm, &me)
        }),
    )
}

fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    arity(vm, "__init__", a, 1, 2)?;
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "maxsize") {
        return Err(vm.type_error(format!(
            "Queue.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    let me = &a[0];
    let maxsize = a
        .get(1)
        .or_else(|| kwarg(kw, "maxsize"))
        .cloned()
        .unwrap_or(Value::Int(0));
    let s = queue(vm, me)?;
    *s.maxsize.borrow_mut() = Some(maxsize.clone());
    s.unfinished.set(0);
    event_set(vm, &s.finished)?;
    // Looked up once here, not on every put and get.
    let class = vm.type_of(me);
    let custom = HOOKS
        .iter()
        .any(|h| !matches!(class.lookup(&Name::new(h)), Some(Value::Builtin(_))));
    s.custom.set(custom);
    if custom {
        call(vm, me, "_init", vec![maxsize])?;
    }
    Ok(Value::None)
}

/// queues.py's `_format`: what repr and str show after the class name.
fn format(vm: &'static Vm, me: &Value) -> R<String> {
    let s = queue(vm, me)?;
    let maxsize = s.maxsize.borrow().clone().unwrap_or(Value::Int(0));
    let mut out = format!("maxsize={}", vm.repr(&maxsize)?);
    let items = if s.custom.get() {
        match own_storage(vm, me) {
            Ok(q) if vm.truthy(&q)? => Some(vm.to_vec(&q)?),
            _ => None,
        }
    } else {
        let items = s.items.borrow();
        (!items.is_empty()).then(|| items.iter().cloned().collect())
    };
    if let Some(items) = items {
        out.push_str(&format!(" _queue={}", vm.repr(&Value::list(items))?));
    }
    let getters = s.getters.borrow().len();
    if getters > 0 {
        out.push_str(&format!(" _getters[{getters}]"));
    }
    let putters = s.putters.borrow().len();
    if putters > 0 {
        out.push_str(&format!(" _putters[{putters}]"));
    }
    if s.unfinished.get() != 0 {
        out.push_str(&format!(" tasks={}", s.unfinished.get()));
    }
    Ok(out)
}

/// queues.py's private attributes that programs read (`q._queue` to show
/// what is waiting): answered from the native state; `_queue` of a plain
/// Queue is a copy of its items.
fn private_attr(vm: &'static Vm, a: &[Value]) -> R<Value> {
    arity(vm, "__getattr__", a, 2, 2)?;
    let (me, name) = (&a[0], &a[1]);
    let s = queue(vm, me)?;
    match name.as_str() {
        Some("_unfinished_tasks") => Ok(Value::Int(s.unfinished.get())),
        Some("_maxsize") => Ok(s.maxsize.borrow().clone().unwrap_or(Value::Int(0))),
        Some("_queue") if !s.custom.get() => {
            let items: Vec<Value> = s.items.borrow().iter().cloned().collect();
            deque_of(vm, items)
        }
        Some("_getters") => waiters_value(vm, &s.getters, true),
        Some("_putters") => waiters_value(vm, &s.putters, true),
        _ => no_attribute(vm, me, name),
    }
}

const QUEUE_METHODS: &[(&str, BuiltinFn)] = &[
    ("__getattr__", |vm, a, _| private_attr(vm, a)),
    ("__init__", init),
    ("__repr__", |vm, a, _| {
        let class = vm.type_of(&a[0]);
        let addr = crate::interp::addr(&a[0]);
        let f = format(vm, &a[0])?;
        Ok(Value::str(format!("<{} at {addr} {f}>", class.name)))
    }),
    ("__str__", |vm, a, _| {
        let class = vm.type_of(&a[0]);
        let f = format(vm, &a[0])?;
        Ok(Value::str(format!("<{} {f}>", class.name)))
    }),
    ("_init", |vm, a, _| hook_method(vm, a, Hook::Init)),
    ("_put", |vm, a, _| hook_method(vm, a, Hook::Put)),
    ("_get", |vm, a, _| hook_method(vm, a, Hook::Get)),
    ("qsize", |vm, a, _| hook_method(vm, a, Hook::Qsize)),
    ("empty", |vm, a, _| hook_method(vm, a, Hook::Empty)),
    ("full", |vm, a, _| {
        Ok(Value::Bool(base_full(vm, &a[0], queue(vm, &a[0])?)?))
    }),
    ("put", |vm, a, _| {
        arity(vm, "put", a, 2, 2)?;
        queue(vm, &a[0])?;
        Ok(put(vm, a[0].clone(), a[1].clone()))
    }),
    ("get", |vm, a, _| {
        arity(vm, "get", a, 1, 1)?;
        queue(vm, &a[0])?;
        Ok(get(vm, a[0].clone()))
    }),
    ("put_nowait", |vm, a, _| {
        arity(vm, "put_nowait", a, 2, 2)?;
        put_nowait(vm, &a[0], a[1].clone())?;
        Ok(Value::None)
    }),
    ("get_nowait", |vm, a, _| {
        arity(vm, "get_nowait", a, 1, 1)?;
        get_nowait(vm, &a[0])
    }),
    ("task_done", |vm, a, _| {
        let s = queue(vm, &a[0])?;
        if s.unfinished.get() <= 0 {
            return Err(vm.value_error("task_done() called too many times"));
        }
        s.unfinished.set(s.unfinished.get() - 1);
        if s.unfinished.get() == 0 {
            event_set(vm, &s.finished)?;
        }
        Ok(Value::None)
    }),
    ("join", |vm, a, _| {
        let me = a[0].clone();
        queue(vm, &me)?;
        Ok(vm.native_coroutine(
            "Queue.join",
            Box::pin(async move {
                if queue(vm, &me)?.unfinished.get() > 0 {
                    EventWait::new(vm, me, finished).await?;
                }
                Ok(Value::None)
            }),
        ))
    }),
];

/// The Queue class, for the `_asyncio` module.
pub fn class(vm: &'static Vm) -> Rc<Class> {
    let maxsize = Value::Property(Rc::new(Property {
        fget: builtin("maxsize", |vm, a, _| {
            let s = queue(vm, &a[0])?;
            Ok(s.maxsize.borrow().clone().unwrap_or(Value::Int(0)))
        }),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }));
    let class_getitem = Value::ClassMethod(Rc::new(builtin("__class_getitem__", |vm, a, _| {
        Ok(vm.generic_alias(&a[0], &a[1]))
    })));
    native_class::<QueueState>(
        vm,
        "Queue",
        "asyncio.queues",
        QUEUE_METHODS,
        None,
        vec![
            (Name::new("maxsize"), maxsize),
            (Name::new("__class_getitem__"), class_getitem),
        ],
    )
}
