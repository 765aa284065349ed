//! asyncio's Lock, Event, Semaphore and BoundedSemaphore, in Rust: every
//! contended task waits on one of these, so their waits are native
//! coroutines rather than Python ones. Each follows CPython 3.11's
//! asyncio/locks.py step for step — the same waiter deques, the same
//! futures, the same wake-up order — because that order is what programs
//! observe. (Condition and Barrier, built on these, stay in asyncio.py.)

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::event_loop::EventLoop;
use super::future::{as_future, new_future, State};
use super::task::{self, InPerson};
use super::types;
use crate::interp::{await_begin, await_end, resumed, suspend_with, Exc, Vm, R};
use crate::runtime::*;
use crate::stdlib::{add_fns, arity, builtin, kwarg};

/// Waiters, oldest first: futures, or tasks waiting in person
/// (`task::InPerson`).
pub(super) type Waiters = RefCell<VecDeque<Value>>;

/// `_LoopBoundMixin`: a primitive belongs to the loop it first waits in.
#[derive(Default)]
pub(super) struct Bound(RefCell<Option<Rc<EventLoop>>>);

impl Bound {
    pub(super) fn get_loop(&self, vm: &'static Vm, me: &Value) -> R<Rc<EventLoop>> {
        let running = super::api::running_loop(vm)?;
        let mut bound = self.0.borrow_mut();
        match &*bound {
            None => *bound = Some(running.clone()),
            Some(lp) if !Rc::ptr_eq(lp, &running) => {
                drop(bound);
                return Err(vm.runtime_error(format!(
                    "{} is bound to a different event loop",
                    vm.repr(me)?
                )));
            }
            Some(_) => {}
        }
        Ok(running)
    }

    /// `fut = self._get_loop().create_future(); waiters.append(fut)`: the
    /// waiter put at the back of `waiters` is the running task itself when
    /// its step drives this wait (see `task::InPerson`), else a new future.
    pub(super) fn enlist(&self, vm: &'static Vm, me: &Value, waiters: &Waiters) -> R<Value> {
        let waiter = new_waiter(vm, self.get_loop(vm, me)?);
        waiters.borrow_mut().push_back(waiter.clone());
        Ok(waiter)
    }
}

/// Something to wait on until woken: the running task in person when its
/// step drives this wait (see `task::InPerson`), else a new future.
pub(super) fn new_waiter(vm: &'static Vm, lp: Rc<EventLoop>) -> Value {
    match task::wait_in_person(vm, &lp) {
        Some(task) => task,
        None => new_future(vm, &types(vm).future, lp),
    }
}

/// `await waiter`, up to its suspension: a task in person suspends with
/// itself (its step knows), a future as Future.__await__ does.
fn begin_wait(vm: &'static Vm, waiter: &Value) -> Poll<R<()>> {
    if task::in_person_state(waiter) == Some(InPerson::Waiting) {
        return suspend_with(vm, waiter.clone());
    }
    await_begin(vm, waiter).map(|r| r.map(drop))
}

/// `await waiter` resumed: how it ended, and whether the waiter was
/// cancelled (`fut.cancelled()`). A task in person waits no more.
fn end_wait(vm: &'static Vm, waiter: &Value) -> (R<()>, bool) {
    match task::end_in_person(waiter) {
        Some(state) => (resumed(vm), state == InPerson::Cancelled),
        None => (await_end(vm, waiter).map(drop), is_cancelled(waiter)),
    }
}

/// `await waiter` for a waiter `Bound::enlist` made, in async code.
pub(super) struct AwaitWaiter {
    vm: &'static Vm,
    waiter: Value,
    suspended: bool,
}

impl AwaitWaiter {
    pub(super) fn new(vm: &'static Vm, waiter: Value) -> AwaitWaiter {
        AwaitWaiter {
            vm,
            waiter,
            suspended: false,
        }
    }
}

impl Future for AwaitWaiter {
    type Output = (R<()>, bool);

    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<(R<()>, bool)> {
        let vm = self.vm;
        if self.suspended {
            self.suspended = false;
            return Poll::Ready(end_wait(vm, &self.waiter));
        }
        match begin_wait(vm, &self.waiter) {
            Poll::Pending => {
                self.suspended = true;
                Poll::Pending
            }
            Poll::Ready(r) => Poll::Ready((r, is_cancelled(&self.waiter))),
        }
    }
}

#[derive(Default)]
pub struct LockState {
    locked: Cell<bool>,
    waiters: Waiters,
    /// locks.py makes `_waiters` at the first wait (None until then).
    waited: Cell<bool>,
    bound: Bound,
}

#[derive(Default)]
pub struct EventState {
    value: Cell<bool>,
    waiters: Waiters,
    pub(super) bound: Bound,
}

#[derive(Default)]
pub struct SemaphoreState {
    value: Cell<i64>,
    /// BoundedSemaphore's initial value, which releases may not exceed.
    bound_value: Cell<Option<i64>>,
    waiters: Waiters,
    waited: Cell<bool>,
    bound: Bound,
}

pub(super) fn state<'a, T: 'static>(vm: &'static Vm, v: &'a Value, what: &str) -> R<&'a T> {
    match v {
        Value::Instance(i) => i.data::<T>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error(format!("descriptor requires a '{what}' object")))
}

// A waiter is a future, or a task waiting in person (task::InPerson).

pub(super) fn is_cancelled(fut: &Value) -> bool {
    match task::in_person_state(fut) {
        Some(s) => s == InPerson::Cancelled,
        None => as_future(fut).is_some_and(|f| f.state.get() == State::Cancelled),
    }
}

pub(super) fn is_done(fut: &Value) -> bool {
    match task::in_person_state(fut) {
        Some(s) => s != InPerson::Waiting,
        None => as_future(fut).is_some_and(|f| f.done()),
    }
}

pub(super) fn set_result(vm: &'static Vm, fut: &Value, v: Value) -> R<()> {
    if task::wake_in_person(fut, &v) {
        return Ok(());
    }
    match as_future(fut) {
        Some(f) => f.set_result(vm, fut, v),
        None => Ok(()),
    }
}

/// futures.py's `_set_result_unless_cancelled` for a waiter (sleep's
/// timer): a future gets `v` unless it was cancelled; a task in person is
/// woken unless its wait was.
pub(super) fn set_result_unless_cancelled(vm: &'static Vm, fut: &Value, v: Value) -> R<()> {
    if task::wake_in_person(fut, &v) {
        return Ok(());
    }
    match as_future(fut) {
        Some(f) if f.state.get() != State::Cancelled => f.set_result(vm, fut, v),
        _ => Ok(()),
    }
}

/// `self._waiters.remove(fut)`: by identity, first match.
pub(super) fn remove(waiters: &Waiters, fut: &Value) {
    let mut w = waiters.borrow_mut();
    if let Some(i) = w.iter().position(|x| x.is(fut)) {
        w.remove(i);
    }
}

pub(super) fn is_cancelled_error(vm: &'static Vm, e: &Exc) -> bool {
    vm.exc_is(e, &types(vm).cancelled_error)
}

/// A `collections.deque` holding `items` (a copy: what the private
/// attributes below show a program that prints them).
pub(super) fn deque_of(vm: &'static Vm, items: Vec<Value>) -> R<Value> {
    let collections = vm.import_module("collections")?;
    let deque = vm.getattr(&collections, &Name::new("deque"))?;
    vm.call(&deque, crate::interp::Args::new(vec![Value::list(items)]))
}

pub(super) fn waiters_value(vm: &'static Vm, waiters: &Waiters, made: bool) -> R<Value> {
    if !made {
        return Ok(Value::None);
    }
    // A task waiting in person shows as the future it would wait on.
    let items = waiters
        .borrow()
        .iter()
        .map(|w| task::in_person_view(vm, w).unwrap_or_else(|| w.clone()))
        .collect();
    deque_of(vm, items)
}

/// What a `__getattr__` below says of a name it does not know.
pub(super) fn no_attribute(vm: &'static Vm, me: &Value, name: &Value) -> R<Value> {
    Err(vm.no_attr(me, &Name::new(&vm.str_of(name)?)))
}

/// The private attributes of locks.py's classes that programs read
/// (`sem._value` shows how many slots are left): answered from the native
/// state, as `__getattr__` (the real attributes are found first).
fn private_attr(vm: &'static Vm, a: &[Value]) -> R<Value> {
    arity(vm, "__getattr__", a, 2, 2)?;
    let (me, name) = (&a[0], &a[1]);
    let bound_loop = |b: &Bound| match &*b.0.borrow() {
        Some(lp) => super::api::loop_object(vm, lp),
        None => Value::None,
    };
    if let Ok(s) = state::<LockState>(vm, me, "Lock") {
        return match name.as_str() {
            Some("_locked") => Ok(Value::Bool(s.locked.get())),
            Some("_waiters") => waiters_value(vm, &s.waiters, s.waited.get()),
            Some("_loop") => Ok(bound_loop(&s.bound)),
            _ => no_attribute(vm, me, name),
        };
    }
    if let Ok(s) = state::<EventState>(vm, me, "Event") {
        return match name.as_str() {
            Some("_value") => Ok(Value::Bool(s.value.get())),
            Some("_waiters") => waiters_value(vm, &s.waiters, true),
            Some("_loop") => Ok(bound_loop(&s.bound)),
            _ => no_attribute(vm, me, name),
        };
    }
    if let Ok(s) = state::<SemaphoreState>(vm, me, "Semaphore") {
        return match (name.as_str(), s.bound_value.get()) {
            (Some("_value"), _) => Ok(Value::Int(s.value.get())),
            (Some("_waiters"), _) => waiters_value(vm, &s.waiters, s.waited.get()),
            (Some("_bound_value"), Some(b)) => Ok(Value::Int(b)),
            (Some("_loop"), _) => Ok(bound_loop(&s.bound)),
            _ => no_attribute(vm, me, name),
        };
    }
    no_attribute(vm, me, name)
}

/// `<asyncio.locks.Lock object at 0x... [extra]>`.
fn repr_with(vm: &'static Vm, me: &Value, extra: String) -> R<Value> {
    let class = vm.type_of(me);
    Ok(Value::str(format!(
        "<{} object at {} [{extra}]>",
        vm.class_path(&class),
        crate::interp::addr(me)
    )))
}

fn waiters_suffix(extra: &mut String, waiters: &Waiters) {
    let n = waiters.borrow().len();
    if n > 0 {
        extra.push_str(&format!(", waiters:{n}"));
    }
}

/// A `__new__` that gives instances (of the class or a subclass) their state.
fn new_with<T: Default + 'static>(vm: &'static Vm, a: &[Value]) -> R<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Instance::with_data(c.clone(), T::default())),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// A coroutine that is already finished when first awaited: what
/// `__aexit__` returns.
pub(super) fn done_coroutine(vm: &'static Vm, name: &str, r: R<Value>) -> Value {
    vm.native_coroutine(name, Box::pin(async move { r }))
}

// ---- Lock -------------------------------------------------------------------

/// What `async with` on a Lock or Semaphore calls, as locks.py names them.
const AENTER: &str = "_ContextManagerMixin.__aenter__";
const AEXIT: &str = "_ContextManagerMixin.__aexit__";

fn lock_acquire(vm: &'static Vm, me: Value, result: Value, qualname: &str) -> Value {
    vm.native_coroutine(
        qualname,
        Box::pin(async move {
            let s = state::<LockState>(vm, &me, "Lock")?;
            if !s.locked.get() && s.waiters.borrow().iter().all(is_cancelled) {
                s.locked.set(true);
                return Ok(result);
            }
            s.waited.set(true);
            let waiter = s.bound.enlist(vm, &me, &s.waiters)?;
            let (r, _) = AwaitWaiter::new(vm, waiter.clone()).await;
            let s = state::<LockState>(vm, &me, "Lock")?;
            remove(&s.waiters, &waiter);
            if let Err(e) = r {
                if is_cancelled_error(vm, &e) && !s.locked.get() {
                    lock_wake_up_first(vm, s)?;
                }
                return Err(e);
            }
            s.locked.set(true);
            Ok(result)
        }),
    )
}

fn lock_wake_up_first(vm: &'static Vm, s: &LockState) -> R<()> {
    let first = s.waiters.borrow().front().cloned();
    match first {
        Some(fut) if !is_done(&fut) => set_result(vm, &fut, Value::Bool(true)),
        _ => Ok(()),
    }
}

fn lock_release(vm: &'static Vm, me: &Value) -> R<()> {
    let s = state::<LockState>(vm, me, "Lock")?;
    if !s.locked.get() {
        return Err(vm.runtime_error("Lock is not acquired."));
    }
    s.locked.set(false);
    lock_wake_up_first(vm, s)
}

const LOCK_METHODS: &[(&str, BuiltinFn)] = &[
    ("__getattr__", |vm, a, _| private_attr(vm, a)),
    ("__init__", |vm, a, kw| {
        no_args(vm, "Lock", a, kw)?;
        Ok(Value::None)
    }),
    ("__repr__", |vm, a, _| {
        let s = state::<LockState>(vm, &a[0], "Lock")?;
        let mut extra = if s.locked.get() { "locked" } else { "unlocked" }.to_string();
        waiters_suffix(&mut extra, &s.waiters);
        repr_with(vm, &a[0], extra)
    }),
    ("locked", |vm, a, _| {
        Ok(Value::Bool(
            state::<LockState>(vm, &a[0], "Lock")?.locked.get(),
        ))
    }),
    ("acquire", |vm, a, _| {
        arity(vm, "acquire", a, 1, 1)?;
        state::<LockState>(vm, &a[0], "Lock")?;
        Ok(lock_acquire(
            vm,
            a[0].clone(),
            Value::Bool(true),
            "Lock.acquire",
        ))
    }),
    ("release", |vm, a, _| {
        lock_release(vm, &a[0])?;
        Ok(Value::None)
    }),
    ("__aenter__", |vm, a, _| {
        state::<LockState>(vm, &a[0], "Lock")?;
        Ok(lock_acquire(vm, a[0].clone(), Value::None, AENTER))
    }),
    ("__aexit__", |vm, a, _| {
        let r = lock_release(vm, &a[0]).map(|_| Value::None);
        Ok(done_coroutine(vm, AEXIT, r))
    }),
];

// ---- Event ------------------------------------------------------------------

const EVENT_METHODS: &[(&str, BuiltinFn)] = &[
    ("__getattr__", |vm, a, _| private_attr(vm, a)),
    ("__init__", |vm, a, kw| {
        no_args(vm, "Event", a, kw)?;
        Ok(Value::None)
    }),
    ("__repr__", |vm, a, _| {
        let s = state::<EventState>(vm, &a[0], "Event")?;
        let mut extra = if s.value.get() { "set" } else { "unset" }.to_string();
        waiters_suffix(&mut extra, &s.waiters);
        repr_with(vm, &a[0], extra)
    }),
    ("is_set", |vm, a, _| {
        Ok(Value::Bool(
            state::<EventState>(vm, &a[0], "Event")?.value.get(),
        ))
    }),
    ("set", |vm, a, _| {
        event_set(vm, state::<EventState>(vm, &a[0], "Event")?)?;
        Ok(Value::None)
    }),
    ("clear", |vm, a, _| {
        event_clear(state::<EventState>(vm, &a[0], "Event")?);
        Ok(Value::None)
    }),
    ("wait", |vm, a, _| {
        arity(vm, "wait", a, 1, 1)?;
        state::<EventState>(vm, &a[0], "Event")?;
        Ok(vm.native_coroutine(
            "Event.wait",
            Box::pin(EventWait::new(vm, a[0].clone(), |vm, me| {
                state::<EventState>(vm, me, "Event")
            })),
        ))
    }),
];

/// Event.set: wakes every waiter, oldest first.
pub(super) fn event_set(vm: &'static Vm, s: &EventState) -> R<()> {
    if !s.value.get() {
        s.value.set(true);
        let waiters: Vec<Value> = s.waiters.borrow().iter().cloned().collect();
        for fut in waiters {
            if !is_done(&fut) {
                set_result(vm, &fut, Value::Bool(true))?;
            }
        }
    }
    Ok(())
}

pub(super) fn event_clear(s: &EventState) {
    s.value.set(false);
}

/// Where an Event's state is: in an Event, or in a Queue (its `_finished`).
pub(super) type EventOf = for<'a> fn(&'static Vm, &'a Value) -> R<&'a EventState>;

/// Event.wait over the event `event` finds in `me`, written out by hand:
/// a hundred thousand tasks may wait in it at once, and an async fn would
/// keep its arguments twice over. The state is looked up again after the
/// wait because no borrow can be held across it.
pub(super) struct EventWait {
    vm: &'static Vm,
    me: Value,
    event: EventOf,
    /// Its waiter, once it waits.
    fut: Option<Value>,
}

impl EventWait {
    pub(super) fn new(vm: &'static Vm, me: Value, event: EventOf) -> EventWait {
        EventWait {
            vm,
            me,
            event,
            fut: None,
        }
    }
}

impl Future for EventWait {
    type Output = R<Value>;

    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<R<Value>> {
        let this = self.get_mut();
        let vm = this.vm;
        let s = match (this.event)(vm, &this.me) {
            Ok(s) => s,
            Err(e) => return Poll::Ready(Err(e)),
        };
        let r = match this.fut.take() {
            None => {
                if s.value.get() {
                    return Poll::Ready(Ok(Value::Bool(true)));
                }
                let waiter = match s.bound.enlist(vm, &this.me, &s.waiters) {
                    Ok(w) => w,
                    Err(e) => return Poll::Ready(Err(e)),
                };
                match begin_wait(vm, &waiter) {
                    Poll::Pending => {
                        this.fut = Some(waiter);
                        return Poll::Pending;
                    }
                    Poll::Ready(r) => (r, waiter),
                }
            }
            Some(waiter) => (end_wait(vm, &waiter).0, waiter),
        };
        remove(&s.waiters, &r.1);
        Poll::Ready(r.0.map(|()| Value::Bool(true)))
    }
}

const _: () = assert!(std::mem::size_of::<EventWait>() <= 48);

// ---- Semaphore ----------------------------------------------------------------

fn sem_locked(s: &SemaphoreState) -> bool {
    s.value.get() == 0 || s.waiters.borrow().iter().any(|w| !is_cancelled(w))
}

fn sem_wake_up_next(vm: &'static Vm, s: &SemaphoreState) -> R<()> {
    // Only the first waiter not yet done is needed: copying the whole deque
    // here made a release O(waiters) and a crawler quadratic.
    let next = s.waiters.borrow().iter().find(|f| !is_done(f)).cloned();
    match next {
        Some(fut) => {
            s.value.set(s.value.get() - 1);
            set_result(vm, &fut, Value::Bool(true))
        }
        None => Ok(()),
    }
}

fn sem_acquire(vm: &'static Vm, me: Value, result: Value, qualname: &str) -> Value {
    vm.native_coroutine(
        qualname,
        Box::pin(async move {
            let s = state::<SemaphoreState>(vm, &me, "Semaphore")?;
            if !sem_locked(s) {
                s.value.set(s.value.get() - 1);
                return Ok(result);
            }
            s.waited.set(true);
            let waiter = s.bound.enlist(vm, &me, &s.waiters)?;
            let (r, cancelled) = AwaitWaiter::new(vm, waiter.clone()).await;
            let s = state::<SemaphoreState>(vm, &me, "Semaphore")?;
            remove(&s.waiters, &waiter);
            if let Err(e) = r {
                // A waiter woken (given a slot) and cancelled at once must
                // pass the slot on.
                if is_cancelled_error(vm, &e) && !cancelled {
                    s.value.set(s.value.get() + 1);
                    sem_wake_up_next(vm, s)?;
                }
                return Err(e);
            }
            if s.value.get() > 0 {
                sem_wake_up_next(vm, s)?;
            }
            Ok(result)
        }),
    )
}

fn sem_release(vm: &'static Vm, me: &Value) -> R<()> {
    let s = state::<SemaphoreState>(vm, me, "Semaphore")?;
    if let Some(limit) = s.bound_value.get() {
        if s.value.get() >= limit {
            return Err(vm.value_error("BoundedSemaphore released too many times"));
        }
    }
    s.value.set(s.value.get() + 1);
    sem_wake_up_next(vm, s)
}

fn sem_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], bounded: bool) -> R<Value> {
    arity(vm, "__init__", a, 1, 2)?;
    let value = match a.get(1).or_else(|| kwarg(kw, "value")) {
        Some(v) => vm.to_int(v).and_then(|v| match v {
            Value::Int(i) => Ok(i),
            _ => Err(vm.overflow("Python int too large to convert to C long")),
        })?,
        None => 1,
    };
    if value < 0 {
        return Err(vm.value_error("Semaphore initial value must be >= 0"));
    }
    let s = state::<SemaphoreState>(vm, &a[0], "Semaphore")?;
    s.value.set(value);
    s.bound_value.set(bounded.then_some(value));
    Ok(Value::None)
}

const SEMAPHORE_METHODS: &[(&str, BuiltinFn)] = &[
    ("__getattr__", |vm, a, _| private_attr(vm, a)),
    ("__init__", |vm, a, kw| sem_init(vm, a, kw, false)),
    ("__repr__", |vm, a, _| {
        let s = state::<SemaphoreState>(vm, &a[0], "Semaphore")?;
        let mut extra = if sem_locked(s) {
            "locked".to_string()
        } else {
            format!("unlocked, value:{}", s.value.get())
        };
        waiters_suffix(&mut extra, &s.waiters);
        repr_with(vm, &a[0], extra)
    }),
    ("locked", |vm, a, _| {
        Ok(Value::Bool(sem_locked(state::<SemaphoreState>(
            vm,
            &a[0],
            "Semaphore",
        )?)))
    }),
    ("acquire", |vm, a, _| {
        arity(vm, "acquire", a, 1, 1)?;
        state::<SemaphoreState>(vm, &a[0], "Semaphore")?;
        Ok(sem_acquire(
            vm,
            a[0].clone(),
            Value::Bool(true),
            "Semaphore.acquire",
        ))
    }),
    ("release", |vm, a, _| {
        sem_release(vm, &a[0])?;
        Ok(Value::None)
    }),
    ("__aenter__", |vm, a, _| {
        state::<SemaphoreState>(vm, &a[0], "Semaphore")?;
        Ok(sem_acquire(vm, a[0].clone(), Value::None, AENTER))
    }),
    ("__aexit__", |vm, a, _| {
        let r = sem_release(vm, &a[0]).map(|_| Value::None);
        Ok(done_coroutine(vm, AEXIT, r))
    }),
];

fn no_args(vm: &'static Vm, name: &str, a: &[Value], kw: &[(Name, Value)]) -> R<()> {
    if let Some((k, _)) = kw.first() {
        return Err(vm.type_error(format!(
            "{name}.__init__() got an unexpected keyword argument '{k}'"
        )));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}.__init__() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    Ok(())
}

/// One of asyncio's classes written in Rust: its methods, a `__new__` that
/// gives every instance (of it or of a subclass) a fresh `T`, its module,
/// and any `extra` attributes.
pub(super) fn native_class<T: Default + 'static>(
    vm: &'static Vm,
    name: &'static str,
    module: &'static str,
    methods: &[(&'static str, BuiltinFn)],
    base: Option<&Rc<Class>>,
    extra: Vec<(Name, Value)>,
) -> Rc<Class> {
    let mut attrs = Attrs::default();
    add_fns(&mut attrs, methods);
    attrs.insert(
        vm.n.new.clone(),
        Value::StaticMethod(Rc::new(builtin("__new__", |vm, a, _| new_with::<T>(vm, a)))),
    );
    attrs.insert(Name::new("__module__"), Value::str(module));
    for (k, v) in extra {
        attrs.insert(k, v);
    }
    let bases = vec![base.cloned().unwrap_or_else(|| vm.t.object.clone())];
    let object = vm.t.object.clone();
    crate::interp::types::new_class(vm, Name::new(name), bases, attrs).unwrap_or(object)
}

/// The classes, for the `_asyncio` module.
pub fn classes(vm: &'static Vm) -> Vec<(&'static str, Rc<Class>)> {
    let locks = "asyncio.locks";
    let lock = native_class::<LockState>(vm, "Lock", locks, LOCK_METHODS, None, vec![]);
    let event = native_class::<EventState>(vm, "Event", locks, EVENT_METHODS, None, vec![]);
    let semaphore =
        native_class::<SemaphoreState>(vm, "Semaphore", locks, SEMAPHORE_METHODS, None, vec![]);
    let bounded = native_class::<SemaphoreState>(
        vm,
        "BoundedSemaphore",
        locks,
        &[("__init__", |vm, a, kw| sem_init(vm, a, kw, true))],
        Some(&semaphore),
        vec![],
    );
    vec![
        ("Lock", lock),
        ("Event", event),
        ("Semaphore", semaphore),
        ("BoundedSemaphore", bounded),
    ]
}
