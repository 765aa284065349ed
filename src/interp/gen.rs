//! Suspension: generators (and, with the async core, coroutines) are
//! stackless. The body of a generator function runs as a Rust future that
//! owns its frame; only statements and expressions marked as suspending
//! (they contain `yield` or `await`) go through the async evaluator
//! (suspendable.rs), which hands everything else to the fast recursive
//! evaluator. This file has the generator objects themselves. A `yield`
//! parks its value in `Vm::transfer` and returns `Pending`; resuming polls
//! the future again with what was sent (or thrown) in `Vm::resume`.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::{Exc, Frame, Vm, R};
use crate::compile::ir;
use crate::runtime::*;

pub(super) type Boxed<'a, T> = Pin<Box<dyn Future<Output = R<T>> + 'a>>;

/// What a suspended generator is resumed with.
pub enum Resume {
    Send(Value),
    Throw(Exc),
}

/// One step of a generator: it yielded, or it finished with a value.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

/// Returns `Pending` once: the point where a generator suspends.
struct Suspend(bool);

impl Future for Suspend {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

impl Vm {
    /// Calling a generator function: the body, not yet started.
    pub fn make_generator(&'static self, func: &Rc<Function>, frame: Frame) -> Value {
        let code = func.code.clone();
        let kind = match (code.is_async, code.is_generator) {
            (true, false) => GenKind::Coroutine,
            (true, true) => GenKind::AsyncGenerator,
            _ => GenKind::Generator,
        };
        let mut frame = frame;
        // It may wait a long time: no spare slots from the frame pool.
        frame.locals.shrink_to_fit();
        let gen_code = code.clone();
        Value::Generator(Rc::new_cyclic(|me| {
            // The frame keeps its line in the generator (for reprs of
            // suspended coroutines); weakly, as the generator owns it.
            frame.line = Some(me.clone());
            let body: BodyFuture = Box::pin(async move {
                self.block_s(&code.body, &mut frame).await?;
                Ok(std::mem::replace(&mut frame.ret, Value::None))
            });
            Generator {
                kind,
                name: func.name.borrow().clone(),
                qualname: func.qualname.borrow().clone(),
                body: Cell::new(Some(body)),
                started: Cell::new(false),
                running: Cell::new(false),
                code: Some(gen_code.clone()),
                line: Cell::new(gen_code.line),
                handling: Cell::new(None),
            }
        }))
    }

    /// Module code that awaits at top level (a REPL entry, a notebook
    /// cell), as a coroutine over the module's namespace: the caller runs
    /// it on an event loop.
    pub fn module_coroutine(&'static self, code: Rc<ir::Code>, module: &Rc<Module>) -> Value {
        Value::Generator(Rc::new_cyclic(|me| {
            let mut frame = self.module_frame(code.clone(), module, Some(me.clone()));
            let body_code = code.clone();
            let body: BodyFuture = Box::pin(async move {
                self.block_s(&body_code.body, &mut frame).await?;
                Ok(Value::None)
            });
            Generator {
                kind: GenKind::Coroutine,
                name: Name::new("<module>"),
                qualname: Name::new("<module>").to_rc(),
                body: Cell::new(Some(body)),
                started: Cell::new(false),
                running: Cell::new(false),
                line: Cell::new(code.line),
                code: Some(code.clone()),
                handling: Cell::new(None),
            }
        }))
    }

    pub fn generator_from_comprehension(
        &'static self,
        comp: Rc<ir::Comprehension>,
        frame: Frame,
    ) -> Value {
        let body_comp = comp.clone();
        let body: BodyFuture = Box::pin(async move {
            let mut frame = frame;
            let comp = body_comp;
            self.comp_loop_s(&comp, 0, &mut frame, &mut super::eval::CompOut::Yield)
                .await?;
            Ok(Value::None)
        });
        let kind = if comp.is_async {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        Value::Generator(Rc::new(Generator {
            kind,
            name: Name::new("<genexpr>"),
            qualname: Name::new("<genexpr>").to_rc(),
            body: Cell::new(Some(body)),
            started: Cell::new(false),
            running: Cell::new(false),
            code: None,
            line: Cell::new(0),
            handling: Cell::new(None),
        }))
    }

    /// Suspends the running generator with `v`; returns what it is resumed
    /// with.
    pub async fn yield_raw(&'static self, v: Value) -> Resume {
        *self.transfer.borrow_mut() = Some(v);
        Suspend(false).await;
        self.resume_slot
            .borrow_mut()
            .take()
            .unwrap_or(Resume::Send(Value::None))
    }

    /// `yield v`: the value sent in, or the exception thrown in.
    pub(super) async fn yield_value(&'static self, v: Value) -> R<Value> {
        match self.yield_raw(v).await {
            Resume::Send(x) => Ok(x),
            Resume::Throw(e) => Err(e),
        }
    }

    /// Runs a generator until it yields or finishes, for a driver that
    /// sees what it yields (Python code, a `for` loop...).
    pub fn resume(&'static self, g: &Rc<Generator>, how: Resume) -> R<Step> {
        let driven = self.task_driven.replace(false);
        let r = self.resume_awaited(g, how);
        self.task_driven.set(driven);
        r
    }

    /// Runs a generator for an `await` (or a task's step, which sets
    /// `task_driven`): what it yields goes on up unchanged.
    pub fn resume_awaited(&'static self, g: &Rc<Generator>, how: Resume) -> R<Step> {
        if g.running.get() {
            return Err(self.value_error(format!("{} already executing", kind_name(g.kind))));
        }
        let Some(mut body) = g.body.take() else {
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match how {
                Resume::Send(_) => Ok(Step::Returned(Value::None)),
                Resume::Throw(e) => Err(e),
            };
        };
        if !g.started.get() {
            match &how {
                Resume::Send(v) if !v.is_none() => {
                    g.body.set(Some(body));
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        kind_name(g.kind)
                    )));
                }
                Resume::Throw(e) => {
                    // Thrown before it started: it never runs.
                    return Err(e.clone());
                }
                _ => {}
            }
            g.started.set(true);
        }
        *self.resume_slot.borrow_mut() = Some(how);
        if let Err(e) = self.enter() {
            g.body.set(Some(body));
            return Err(e);
        }
        g.running.set(true);
        let base = self.handling.borrow().len();
        if let Some(mut own) = g.handling.take() {
            self.handling.borrow_mut().append(&mut own);
        }
        let mut cx = Context::from_waker(Waker::noop());
        let polled = body.as_mut().poll(&mut cx);
        g.running.set(false);
        self.leave();
        {
            let mut handling = self.handling.borrow_mut();
            if handling.len() > base {
                let own = handling.split_off(base);
                if polled.is_pending() {
                    g.handling.set(Some(Box::new(own)));
                }
            }
        }
        match polled {
            Poll::Pending => {
                g.body.set(Some(body));
                let v = self.transfer.borrow_mut().take().unwrap_or(Value::None);
                Ok(Step::Yielded(v))
            }
            Poll::Ready(Ok(v)) => Ok(Step::Returned(v)),
            Poll::Ready(Err(e)) => Err(self.leaked_stop(g.kind, e)),
        }
    }

    /// What a generator's body raising `e` raises: a StopIteration (or an
    /// async generator's StopAsyncIteration) that escapes it becomes a
    /// RuntimeError, as PEP 479 has it.
    pub(super) fn leaked_stop(&'static self, kind: GenKind, e: Exc) -> Exc {
        let leaked = if self.exc_is(&e, &self.t.stop_iteration) {
            "StopIteration"
        } else if kind == GenKind::AsyncGenerator && self.exc_is(&e, &self.t.stop_async_iteration) {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let r = self.runtime_error(format!("{} raised {leaked}", kind_name(kind)));
        r.data().cause = Some(e.value());
        r.data().context = Some(e.value());
        r
    }

    pub fn generator_next(&'static self, g: &Rc<Generator>) -> R<Option<Value>> {
        match self.resume(g, Resume::Send(Value::None))? {
            Step::Yielded(v) => Ok(Some(v)),
            Step::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(v)` / `gen.throw(e)`: StopIteration carries the return.
    pub fn generator_send(&'static self, g: &Rc<Generator>, how: Resume) -> R<Value> {
        match self.resume(g, how)? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    pub fn generator_close(&'static self, g: &Rc<Generator>) -> R<()> {
        if !g.started.get() {
            g.body.take();
            return Ok(());
        }
        if !g.has_body() {
            return Ok(());
        }
        let exit = self.exc_with_args(&self.t.generator_exit, vec![]);
        match self.resume(g, Resume::Throw(exit)) {
            Ok(Step::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Step::Returned(_)) => Ok(()),
            Err(e)
                if self.exc_is(&e, &self.t.generator_exit)
                    || self.exc_is(&e, &self.t.stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Whether `await v` can work (before trying it: `async with` and
    /// `async for` have their own messages for what cannot).
    pub(super) fn is_awaitable(&'static self, v: &Value) -> bool {
        match v {
            Value::Generator(g) => g.kind == GenKind::Coroutine,
            Value::Future(_) => true,
            Value::Instance(i) => {
                crate::aio::future::as_future(v).is_some()
                    || i.data::<super::AgenAwait>().is_some()
                    || i.data::<super::coro::AnextAwait>().is_some()
                    || Rc::ptr_eq(&i.class, &crate::aio::types(self).sleep0)
                    || i.class.lookup(&self.n.await_).is_some()
            }
            _ => false,
        }
    }

    /// Has `__next__`: an iterator, not just an iterable.
    pub fn is_iterator(&'static self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) | Value::File(_) => true,
            _ => self.type_of(v).lookup(&self.n.next).is_some(),
        }
    }

    pub(super) fn not_awaitable(&self, v: &Value) -> Exc {
        self.type_error(format!(
            "object {} can't be used in 'await' expression",
            self.type_name(v)
        ))
    }
}

fn kind_name(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}
