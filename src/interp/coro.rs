//! Asynchronous iteration and context management: `async for`, `async
//! with`, async comprehensions, and async generators with their awaitables
//! (`__anext__`, `asend`, `athrow`, `aclose`).
//!
//! An async generator's body suspends for two reasons: an `await` passing
//! a future up to the task, or a `yield` producing a value. The second sets
//! `Vm::async_yield`; the awaitable driving the generator reads it to tell
//! a produced value (which completes the await) from a pass-through.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::eval::CompOut;
use super::exec::Flow;
use super::gen::Boxed;
use super::{Args, Exc, Frame, Resume, Step, Vm, R};
use crate::compile::ir::{self, Expr, Stmt, Target};
use crate::runtime::*;

/// What an async generator's awaitable does when awaited.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AgenOp {
    Send,
    Throw,
    Close,
}

/// The awaitable returned by `__anext__`, `asend`, `athrow` and `aclose`.
pub struct AgenAwait {
    pub gen: Rc<Generator>,
    pub op: AgenOp,
    /// What to resume the generator with first (taken when awaited).
    pub first: RefCell<Option<Resume>>,
}

/// `anext(ait, default)`: awaits `ait.__anext__()`, and gives `default`
/// instead of StopAsyncIteration.
pub struct AnextAwait {
    pub inner: Value,
    pub default: Value,
}

impl Vm {
    /// `async for target in iterable: body else: orelse`.
    pub(super) async fn async_for_s(
        &'static self,
        target: &Target,
        iter: Value,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> R<Flow> {
        let ait = self.aiter(
            &iter,
            "'async for' requires an object with __aiter__ method",
        )?;
        loop {
            let item = match self.anext_value(&ait).await {
                Ok(Some(v)) => v,
                Ok(None) => break,
                Err(e) => return Err(e),
            };
            self.assign(target, item, f)?;
            match self.exec_block_s(body, f).await? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
        }
        self.exec_block_s(orelse, f).await
    }

    /// `aiter(x)`: x.__aiter__().
    pub fn aiter(&'static self, v: &Value, what: &str) -> R<Value> {
        match self.type_of(v).lookup(&self.n.aiter) {
            Some(m) => {
                let it = self.call_bound(&m, v, Args::default())?;
                if self.type_of(&it).lookup(&self.n.anext).is_none() {
                    return Err(self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement \
                         __anext__: {}",
                        self.type_name(&it)
                    )));
                }
                Ok(it)
            }
            None => Err(self.type_error(format!("{what}, got {}", self.type_name(v)))),
        }
    }

    /// Awaits `ait.__anext__()`: the next item, or None at
    /// StopAsyncIteration.
    pub(super) async fn anext_value(&'static self, ait: &Value) -> R<Option<Value>> {
        let Some(m) = self.type_of(ait).lookup(&self.n.anext) else {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(ait)
            )));
        };
        let awaitable = self.call_bound(&m, ait, Args::default())?;
        if !self.is_awaitable(&awaitable) {
            return Err(self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                self.type_name(&awaitable)
            )));
        }
        match self.delegate(awaitable, true).await {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(&e, &self.t.stop_async_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn check_with_awaitable(&'static self, v: &Value, method: &str) -> R<()> {
        if self.is_awaitable(v) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'async with' received an object from {method} that does not implement __await__: {}",
            self.type_name(v)
        )))
    }

    /// `async with a as x, b as y: body`.
    pub(super) fn async_with_s<'a>(
        &'static self,
        items: &'a [(Expr, Option<Target>)],
        body: &'a [Stmt],
        f: &'a mut Frame,
    ) -> Boxed<'a, Flow> {
        Box::pin(async move {
            let Some(((ctx, target), rest)) = items.split_first() else {
                return self.exec_block_s(body, f).await;
            };
            let mgr = self.eval_s(ctx, f).await?;
            let cls = self.type_of(&mgr);
            let (Some(aenter), Some(aexit)) =
                (cls.lookup(&self.n.aenter), cls.lookup(&self.n.aexit))
            else {
                return Err(self.type_error(format!(
                    "'{}' object does not support the asynchronous context manager protocol",
                    cls.name
                )));
            };
            let entered = self.call_bound(&aenter, &mgr, Args::default())?;
            self.check_with_awaitable(&entered, "__aenter__")?;
            let v = self.delegate(entered, true).await?;
            if let Some(t) = target {
                self.assign(t, v, f)?;
            }
            let r = self.async_with_s(rest, body, f).await;
            match r {
                Ok(flow) => {
                    let none = Args::new(vec![Value::None, Value::None, Value::None]);
                    let exiting = self.call_bound(&aexit, &mgr, none)?;
                    self.check_with_awaitable(&exiting, "__aexit__")?;
                    self.delegate(exiting, true).await?;
                    Ok(flow)
                }
                Err(e) => {
                    self.handling.borrow_mut().push(e.value());
                    let res = match self.call_bound(&aexit, &mgr, self.exit_args(&e)) {
                        Ok(exiting) => match self.check_with_awaitable(&exiting, "__aexit__") {
                            Ok(()) => self.delegate(exiting, true).await,
                            Err(e) => Err(e),
                        },
                        Err(e2) => Err(e2),
                    };
                    self.handling.borrow_mut().pop();
                    self.exit_outcome(res, e)
                }
            }
        })
    }

    /// A list, set or dict comprehension with `async for` or `await` in
    /// it, run inside the coroutine that evaluates it.
    pub(super) async fn comprehension_s(
        &'static self,
        comp: &Rc<ir::Comprehension>,
        first: Value,
        f: &mut Frame,
    ) -> R<Value> {
        let mut frame = self.comprehension_frame(comp, first, f)?;
        let mut out = CompOut::new(comp.kind);
        self.comp_loop_s(comp, 0, &mut frame, &mut out).await?;
        out.finish(self)
    }

    /// The loops of a comprehension that suspends: an async comprehension,
    /// or a generator expression (`CompOut::Yield`).
    pub(super) fn comp_loop_s<'a>(
        &'static self,
        comp: &'a ir::Comprehension,
        depth: usize,
        f: &'a mut Frame,
        out: &'a mut CompOut,
    ) -> Boxed<'a, ()> {
        Box::pin(async move {
            let lp = &comp.loops[depth];
            let iter = self.comp_iter_s(lp, f).await?;
            while let Some(item) = self.comp_next_s(lp, &iter).await? {
                self.assign(&lp.target, item, f)?;
                if !self.comp_ifs_s(lp, f).await? {
                    continue;
                }
                if depth + 1 < comp.loops.len() {
                    self.comp_loop_s(comp, depth + 1, f, out).await?;
                    continue;
                }
                match out {
                    CompOut::List(v) | CompOut::Set(v) => {
                        v.push(self.eval_s(&comp.element, f).await?)
                    }
                    CompOut::Dict(d) => {
                        let k = self.eval_s(&comp.element, f).await?;
                        let v = match &comp.value {
                            Some(v) => self.eval_s(v, f).await?,
                            None => Value::None,
                        };
                        self.dict_set(d, k, v)?;
                    }
                    CompOut::Yield => {
                        let v = self.eval_s(&comp.element, f).await?;
                        if comp.is_async {
                            self.async_yield.set(true);
                        }
                        self.yield_value(v).await?;
                    }
                }
            }
            Ok(())
        })
    }

    /// The iterator of a comprehension loop (the first one's was made
    /// outside, in the enclosing scope).
    pub(super) async fn comp_iter_s(&'static self, lp: &ir::CompLoop, f: &mut Frame) -> R<Value> {
        match &lp.iter {
            None => Ok(f.locals[0].clone().unwrap_or(Value::None)),
            Some(e) => {
                let v = self.eval_s(e, f).await?;
                if lp.is_async {
                    self.aiter(&v, "'async for' requires an object with __aiter__ method")
                } else {
                    self.iter(&v)
                }
            }
        }
    }

    pub(super) async fn comp_next_s(
        &'static self,
        lp: &ir::CompLoop,
        iter: &Value,
    ) -> R<Option<Value>> {
        if lp.is_async {
            self.anext_value(iter).await
        } else {
            self.next(iter)
        }
    }

    pub(super) async fn comp_ifs_s(&'static self, lp: &ir::CompLoop, f: &mut Frame) -> R<bool> {
        for cond in &lp.ifs {
            let c = self.eval_s(cond, f).await?;
            if !self.truthy(&c)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    // ---- async generators ----------------------------------------------------

    pub fn agen_awaitable(&'static self, gen: &Rc<Generator>, op: AgenOp, first: Resume) -> Value {
        let class = self.t.async_generator_asend.clone();
        Instance::with_data(
            class,
            AgenAwait {
                gen: gen.clone(),
                op,
                first: RefCell::new(Some(first)),
            },
        )
    }

    /// Awaiting an async generator's awaitable: resume the generator until
    /// it yields a value (the result), finishes (StopAsyncIteration), or
    /// passes up a future for the task to wait on.
    pub(super) async fn drive_agen(&'static self, aw: &Value) -> R<Value> {
        let (gen, op, first) = match aw {
            Value::Instance(i) => match i.data::<AgenAwait>() {
                Some(a) => (a.gen.clone(), a.op, a.first.borrow_mut().take()),
                None => return Err(self.type_error("not an async generator awaitable")),
            },
            _ => return Err(self.type_error("not an async generator awaitable")),
        };
        let Some(mut how) = first else {
            return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        };
        if !gen.started.get() {
            // asyncio's firstiter hook: the loop closes it at shutdown.
            crate::aio::track_asyncgen(self, &gen);
        }
        loop {
            self.async_yield.set(false);
            let step = self.resume(&gen, how);
            let produced = self.async_yield.replace(false);
            match step {
                Ok(Step::Yielded(v)) if produced => {
                    if op == AgenOp::Close {
                        return Err(self.runtime_error("async generator ignored GeneratorExit"));
                    }
                    return Ok(v);
                }
                Ok(Step::Yielded(v)) => how = self.yield_raw(v).await,
                Ok(Step::Returned(_)) => {
                    if op == AgenOp::Close {
                        return Ok(Value::None);
                    }
                    return Err(self.exc_with_args(&self.t.stop_async_iteration, vec![]));
                }
                Err(e) => {
                    if op == AgenOp::Close
                        && (self.exc_is(&e, &self.t.generator_exit)
                            || self.exc_is(&e, &self.t.stop_async_iteration))
                    {
                        return Ok(Value::None);
                    }
                    return Err(e);
                }
            }
        }
    }

    /// `anext(ait[, default])`.
    pub fn anext(&'static self, ait: &Value, default: Option<&Value>) -> R<Value> {
        let Some(m) = self.type_of(ait).lookup(&self.n.anext) else {
            return Err(self.type_error(format!(
                "'{}' object is not an async iterator",
                self.type_name(ait)
            )));
        };
        let inner = self.call_bound(&m, ait, Args::default())?;
        Ok(match default {
            None => inner,
            Some(d) => Instance::with_data(
                self.t.anext_awaitable.clone(),
                AnextAwait {
                    inner,
                    default: d.clone(),
                },
            ),
        })
    }

    /// Awaiting `anext(ait, default)`.
    pub(super) async fn drive_anext(&'static self, inner: Value, default: Value) -> R<Value> {
        match Box::pin(self.delegate(inner, true)).await {
            Err(e) if self.exc_is(&e, &self.t.stop_async_iteration) => Ok(default),
            r => r,
        }
    }

    /// A coroutine that closes an async generator (`agen.aclose()` as a
    /// task can run it): how the loop finalizes generators left open.
    pub fn agen_close_coroutine(&'static self, gen: Rc<Generator>) -> Value {
        let exit = self.exc_with_args(&self.t.generator_exit, vec![]);
        let aw = self.agen_awaitable(&gen, AgenOp::Close, Resume::Throw(exit));
        self.native_coroutine(
            "aclose",
            Box::pin(async move { self.drive_agen(&aw).await }),
        )
    }

    /// A coroutine object whose body is Rust (asyncio.sleep and friends):
    /// awaitable, and a task can run it, like any coroutine.
    /// `qualname` is CPython's (`Event.wait`); the name is its last part.
    pub fn native_coroutine(
        &'static self,
        qualname: &str,
        body: crate::runtime::BodyFuture,
    ) -> Value {
        let name = qualname.rsplit('.').next().unwrap_or(qualname);
        Value::Generator(Rc::new(Generator {
            kind: GenKind::Coroutine,
            name: Name::new(name),
            qualname: Name::new(qualname).to_rc(),
            body: Cell::new(Some(body)),
            started: Cell::new(false),
            running: Cell::new(false),
            code: None,
            line: Cell::new(0),
            handling: Cell::new(None),
        }))
    }

    /// An exception to throw in, from athrow's (type, value) arguments.
    pub fn throwable(&'static self, a: &[Value]) -> R<Exc> {
        let Some(first) = a.first() else {
            return Err(self.type_error("athrow expected at least 1 argument, got 0"));
        };
        match (first, a.get(1)) {
            (Value::Class(_), Some(v)) if !v.is_none() => {
                self.to_exception(v.clone(), "exceptions must derive from BaseException")
            }
            (v, _) => self.to_exception(v.clone(), "exceptions must derive from BaseException"),
        }
    }
}
