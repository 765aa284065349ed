//! `await x` and `yield from x`: the outer generator passes every value
//! its inner one yields out, and everything sent or thrown in back in,
//! until the inner one returns.
//!
//! A suspended coroutine keeps this future inside its own state for as
//! long as it waits — a hundred thousand waiting tasks keep a hundred
//! thousand of them — so the two cases nearly every await is (a coroutine,
//! a future) are written by hand as small state machines; an `async fn`
//! would hold every local of every path. The rest (`__await__`, async
//! generators' awaitables, plain iterators) runs in its own box.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::call::Args;
use super::gen::Boxed;
use super::{Resume, Step, Vm, R};
use crate::runtime::*;

/// What a generator resumed after suspending is given (`Vm::resume_slot`).
fn resumed_with(vm: &Vm) -> Resume {
    vm.resume_slot
        .borrow_mut()
        .take()
        .unwrap_or(Resume::Send(Value::None))
}

/// What a native coroutine resumed after suspending is given: nothing,
/// or an exception thrown in.
pub fn resumed(vm: &Vm) -> R<()> {
    match resumed_with(vm) {
        Resume::Send(_) => Ok(()),
        Resume::Throw(e) => Err(e),
    }
}

/// Suspends the running generator, handing `v` out (`Vm::transfer`).
pub fn suspend_with<T>(vm: &Vm, v: Value) -> Poll<T> {
    *vm.transfer.borrow_mut() = Some(v);
    Poll::Pending
}

/// `await future`, as Future.__await__: the task waits until the future is
/// done (the future goes up to it), then takes its result.
pub struct AwaitFuture {
    vm: &'static Vm,
    fut: Value,
    suspended: bool,
}

impl Future for AwaitFuture {
    type Output = R<Value>;

    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<R<Value>> {
        let vm = self.vm;
        if self.suspended {
            self.suspended = false;
            return Poll::Ready(await_end(vm, &self.fut));
        }
        let r = await_begin(vm, &self.fut);
        self.suspended = r.is_pending();
        r
    }
}

/// Future.__await__ up to its yield: the outcome if the future is done,
/// or else suspends with it (the task then waits for it).
pub fn await_begin(vm: &'static Vm, fut: &Value) -> Poll<R<Value>> {
    let Some(f) = crate::aio::future::as_future(fut) else {
        return Poll::Ready(Err(vm.not_awaitable(fut)));
    };
    if f.done() {
        return Poll::Ready(f.result(vm));
    }
    f.blocking.set(true);
    suspend_with(vm, fut.clone())
}

/// Future.__await__ after its yield: the outcome, or what was thrown in.
pub fn await_end(vm: &'static Vm, fut: &Value) -> R<Value> {
    resumed(vm)?;
    match crate::aio::future::as_future(fut) {
        Some(f) if f.done() => f.result(vm),
        _ => Err(vm.runtime_error("await wasn't used with future")),
    }
}

/// Suspends with None the first time; the next time, ends with what was
/// sent in (ignored) or thrown in.
fn yield_once(vm: &Vm, suspended: &mut bool) -> Poll<R<()>> {
    if !*suspended {
        *suspended = true;
        return suspend_with(vm, Value::None);
    }
    Poll::Ready(resumed(vm))
}

/// A coroutine body that yields None once, then returns `result`
/// (`asyncio.sleep(0)`, which every round-robin loop awaits).
pub struct YieldOnce {
    vm: &'static Vm,
    result: Value,
    yielded: bool,
}

impl YieldOnce {
    pub fn new(vm: &'static Vm, result: Value) -> YieldOnce {
        YieldOnce {
            vm,
            result,
            yielded: false,
        }
    }
}

impl Future for YieldOnce {
    type Output = R<Value>;

    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<R<Value>> {
        let this = &mut *self;
        yield_once(this.vm, &mut this.yielded)
            .map(|r| r.map(|()| std::mem::replace(&mut this.result, Value::None)))
    }
}

/// What `await x` / `yield from x` runs (and a suspending statement's
/// expression: see `Vm::expr_s`).
pub enum Delegate<'a> {
    /// A coroutine (or generator) driven step by step.
    Generator {
        vm: &'static Vm,
        gen: Rc<Generator>,
        suspended: bool,
    },
    /// The body of a coroutine written in Rust (`event.wait()`,
    /// `asyncio.sleep(1)`, `queue.get()`...) that only this await held:
    /// it runs right here, and the coroutine object, which nothing can
    /// reach any more, is gone (it would be a fifth of a waiting task).
    Native {
        vm: &'static Vm,
        body: crate::runtime::BodyFuture,
    },
    /// A native future or task.
    Future(AwaitFuture),
    /// `asyncio.sleep(0)`: one turn of the loop. (Its own small variant,
    /// not a YieldOnce: the enum then fits in 32 bytes.)
    Yield { vm: &'static Vm, suspended: bool },
    /// Everything else.
    Other(Boxed<'a, Value>),
    /// Known before starting (an error, or a value computed eagerly).
    Done(Option<R<Value>>),
}

const _: () = assert!(std::mem::size_of::<Delegate>() <= 32);

impl Future for Delegate<'_> {
    type Output = R<Value>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R<Value>> {
        // Nothing here is self-referential: every variant may move.
        match self.get_mut() {
            Delegate::Future(f) => Pin::new(f).poll(cx),
            Delegate::Other(b) => b.as_mut().poll(cx),
            Delegate::Done(r) => Poll::Ready(r.take().unwrap_or(Ok(Value::None))),
            Delegate::Native { vm, body } => body
                .as_mut()
                .poll(cx)
                .map(|r| r.map_err(|e| vm.leaked_stop(GenKind::Coroutine, e))),
            Delegate::Yield { vm, suspended } => {
                yield_once(vm, suspended).map(|r| r.map(|()| Value::None))
            }
            Delegate::Generator { vm, gen, suspended } => {
                let how = if *suspended {
                    resumed_with(vm)
                } else {
                    Resume::Send(Value::None)
                };
                *suspended = false;
                match vm.resume_awaited(gen, how) {
                    Ok(Step::Yielded(x)) => {
                        *suspended = true;
                        suspend_with(vm, x)
                    }
                    Ok(Step::Returned(r)) => Poll::Ready(Ok(r)),
                    Err(e) => Poll::Ready(Err(e)),
                }
            }
        }
    }
}

impl Vm {
    pub fn await_future(&'static self, fut: Value) -> AwaitFuture {
        AwaitFuture {
            vm: self,
            fut,
            suspended: false,
        }
    }

    /// `yield from v` (and, with `is_await`, `await v`).
    pub(super) fn delegate(&'static self, v: Value, is_await: bool) -> Delegate<'static> {
        let fail = |e| Delegate::Done(Some(Err(e)));
        if !is_await {
            return match &v {
                Value::Generator(g) if g.kind == GenKind::Coroutine => fail(self.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                )),
                Value::Generator(g) => Delegate::Generator {
                    vm: self,
                    gen: g.clone(),
                    suspended: false,
                },
                _ => match self.iter(&v) {
                    Ok(it) => Delegate::Other(Box::pin(self.delegate_iter(it))),
                    Err(e) => fail(e),
                },
            };
        }
        if crate::aio::future::as_future(&v).is_some() {
            return Delegate::Future(self.await_future(v));
        }
        if let Value::Instance(i) = &v {
            if i.data::<super::AgenAwait>().is_some() {
                return Delegate::Other(Box::pin(async move { self.drive_agen(&v).await }));
            }
            if let Some(a) = i.data::<super::coro::AnextAwait>() {
                let (inner, default) = (a.inner.clone(), a.default.clone());
                return Delegate::Other(Box::pin(self.drive_anext(inner, default)));
            }
        }
        match &v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                if g.started.get() && !g.running.get() {
                    return fail(self.runtime_error(if !g.has_body() {
                        "cannot reuse already awaited coroutine"
                    } else {
                        "coroutine is being awaited already"
                    }));
                }
                let unshared = Rc::strong_count(g) == 1 && Rc::weak_count(g) == 0;
                if g.code.is_none() && unshared && !g.started.get() {
                    if let Some(body) = g.body.take() {
                        return Delegate::Native { vm: self, body };
                    }
                }
                Delegate::Generator {
                    vm: self,
                    gen: g.clone(),
                    suspended: false,
                }
            }
            Value::Instance(i) if Rc::ptr_eq(&i.class, &crate::aio::types(self).sleep0) => {
                Delegate::Yield {
                    vm: self,
                    suspended: false,
                }
            }
            Value::Instance(i) => match i.class.lookup(&self.n.await_) {
                Some(m) => {
                    let it = match self.call_bound(&m, &v, Args::default()) {
                        Ok(it) => it,
                        Err(e) => return fail(e),
                    };
                    if matches!(&it, Value::Generator(g) if g.kind == GenKind::Coroutine) {
                        return fail(self.type_error("__await__() returned a coroutine"));
                    }
                    if !self.is_iterator(&it) {
                        return fail(self.type_error(format!(
                            "__await__() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    match it {
                        Value::Generator(g) => Delegate::Generator {
                            vm: self,
                            gen: g,
                            suspended: false,
                        },
                        it => Delegate::Other(Box::pin(self.delegate_iter(it))),
                    }
                }
                None => fail(self.not_awaitable(&v)),
            },
            _ => fail(self.not_awaitable(&v)),
        }
    }

    /// Delegation to an iterator that is not a generator: `next`, `send`
    /// and `throw` through its methods.
    async fn delegate_iter(&'static self, it: Value) -> R<Value> {
        let mut how = Resume::Send(Value::None);
        loop {
            let step = match how {
                Resume::Send(x) => {
                    // An object's own iterator may return a value (its
                    // StopIteration's): `__next__` is called for it.
                    let method = match (&it, x.is_none()) {
                        (Value::Instance(_), true) => Some("__next__"),
                        (_, true) => None,
                        (_, false) => Some("send"),
                    };
                    let r = if let Some(method) = method {
                        let m = self.getattr(&it, &Name::new(method))?;
                        let args = if x.is_none() { vec![] } else { vec![x] };
                        match self.call(&m, Args::new(args)) {
                            Ok(v) => Ok(Some(Step::Yielded(v))),
                            Err(e) if self.exc_is(&e, &self.t.stop_iteration) => {
                                let v = e.data().args.first().cloned().unwrap_or(Value::None);
                                Ok(Some(Step::Returned(v)))
                            }
                            Err(e) => Err(e),
                        }
                    } else {
                        self.next(&it).map(|o| o.map(Step::Yielded))
                    };
                    match r? {
                        Some(s) => s,
                        None => Step::Returned(Value::None),
                    }
                }
                Resume::Throw(e) => match self.getattr(&it, &Name::new("throw")) {
                    Ok(throw) => match self.call(&throw, Args::new(vec![e.value()])) {
                        Ok(v) => Step::Yielded(v),
                        Err(e2) if self.exc_is(&e2, &self.t.stop_iteration) => {
                            Step::Returned(e2.data().args.first().cloned().unwrap_or(Value::None))
                        }
                        Err(e2) => return Err(e2),
                    },
                    Err(_) => return Err(e),
                },
            };
            match step {
                Step::Yielded(x) => how = self.yield_raw(x).await,
                Step::Returned(r) => return Ok(r),
            }
        }
    }
}
