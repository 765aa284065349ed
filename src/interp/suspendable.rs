//! The suspendable evaluator: the statements and expressions that can
//! suspend (they contain `yield` or `await`), evaluated as Rust futures
//! that a generator's body (gen.rs) polls. Everything else goes to the
//! fast recursive evaluator (exec.rs, eval.rs).

use std::future::Future;

use super::call::Args;
use super::exc_group::StarHandling;
use super::exec::Flow;
use super::gen::Boxed;
use super::{Frame, Vm, R};
use crate::compile::ir::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::runtime::*;

/// The block an `if` statement runs when its test is `b` (looked up
/// after the test is awaited, so that nothing more is kept across it).
fn if_branch(s: &Stmt, b: bool) -> &[Stmt] {
    match &s.kind {
        StmtKind::If(_, body, orelse) => {
            if b {
                body
            } else {
                orelse
            }
        }
        _ => &[],
    }
}

impl Vm {
    pub fn exec_block_s<'a>(&'static self, stmts: &'a [Stmt], f: &'a mut Frame) -> Boxed<'a, Flow> {
        Box::pin(self.block_s(stmts, f))
    }

    /// A block's statements, suspending where they do. A nested block is
    /// boxed (`exec_block_s`); a generator's own body runs this inline,
    /// in the same allocation as its frame.
    // Written out on purpose (see below), not as an async fn.
    #[allow(clippy::manual_async_fn)]
    pub(super) fn block_s<'a>(
        &'static self,
        stmts: &'a [Stmt],
        f: &'a mut Frame,
    ) -> impl Future<Output = R<Flow>> + 'a {
        // An async block, not an async fn: an async fn keeps its arguments
        // twice in its state.
        async move {
            for s in stmts {
                if let Some(g) = f.line.as_ref().and_then(std::rc::Weak::upgrade) {
                    g.line.set(s.line);
                }
                let r = if !s.suspends {
                    self.exec(s, f)
                } else {
                    // The statements nearly every await is in run right
                    // here: a coroutine suspended in one holds only this
                    // block's state, not also that of a general evaluator.
                    match &s.kind {
                        StmtKind::Expr(e) => self.expr_s(e, f).await.map(|_| Flow::Normal),
                        StmtKind::Assign(targets, value) => match self.expr_s(value, f).await {
                            Ok(v) => targets
                                .iter()
                                .try_for_each(|t| self.assign(t, v.clone(), f))
                                .map(|()| Flow::Normal),
                            Err(e) => Err(e),
                        },
                        StmtKind::Return(Some(v)) => self.expr_s(v, f).await.map(|v| {
                            f.ret = v;
                            Flow::Return
                        }),
                        StmtKind::If(test, ..) => {
                            let t = if test.suspends {
                                self.eval_s(test, f).await
                            } else {
                                self.eval(test, f)
                            };
                            match t.and_then(|t| self.truthy(&t)) {
                                Ok(b) => self.exec_block_s(if_branch(s, b), f).await,
                                Err(e) => Err(e),
                            }
                        }
                        // Boxed already: awaited directly, not through exec_s.
                        StmtKind::Try(t) => self.exec_try_s(t, f).await,
                        StmtKind::With {
                            items,
                            body,
                            is_async: false,
                        } => self.exec_with_s(items, body, f).await,
                        StmtKind::With {
                            items,
                            body,
                            is_async: true,
                        } => self.async_with_s(items, body, f).await,
                        _ if s.kind.is_compound() => self.exec_compound_s(s, f).await,
                        _ => self.exec_s(s, f).await,
                    }
                };
                match r {
                    Ok(Flow::Normal) => {}
                    Ok(other) => return Ok(other),
                    Err(e) => return Err(self.record(e, f, s.line)),
                }
            }
            Ok(Flow::Normal)
        }
    }

    /// Every other suspending statement, in a box of its own.
    fn exec_s<'a>(&'static self, s: &'a Stmt, f: &'a mut Frame) -> Boxed<'a, Flow> {
        Box::pin(async move {
            match &s.kind {
                StmtKind::Display(e) => {
                    let v = self.expr_s(e, f).await?;
                    self.display(v)?;
                }
                StmtKind::AugAssign(target, op, value) => {
                    let cur = match target {
                        ir::Target::Attr(obj, name) => {
                            let o = self.eval(obj, f)?;
                            self.getattr(&o, name)?
                        }
                        ir::Target::Subscript(obj, idx) => {
                            let o = self.eval(obj, f)?;
                            let i = self.eval(idx, f)?;
                            self.getitem(&o, &i)?
                        }
                        ir::Target::Local(slot) => {
                            f.locals[*slot as usize].clone().ok_or_else(|| {
                                self.unbound_local(&f.code.local_names[*slot as usize])
                            })?
                        }
                        ir::Target::Cell(i) => f.cells[*i as usize]
                            .borrow()
                            .clone()
                            .ok_or_else(|| self.unbound_local(&f.code.cell_names[*i as usize]))?,
                        ir::Target::Global(n) | ir::Target::ClassName(n) => {
                            self.load_global(&f.globals, n)?
                        }
                        ir::Target::Unpack(..) => Value::None,
                    };
                    let v = self.eval_s(value, f).await?;
                    let new = self.inplace(*op, &cur, &v)?;
                    self.assign(target, new, f)?;
                }
                StmtKind::Return(v) => {
                    let v = match v {
                        Some(v) => self.expr_s(v, f).await?,
                        None => Value::None,
                    };
                    f.ret = v;
                    return Ok(Flow::Return);
                }
                StmtKind::Raise(exc, cause) => {
                    let exc = match exc {
                        Some(e) => Some(self.eval_s(e, f).await?),
                        None => None,
                    };
                    let cause = match cause {
                        Some(c) => Some(self.eval_s(c, f).await?),
                        None => None,
                    };
                    return Err(self.raise(exc, cause)?);
                }
                StmtKind::Assert(test, msg) => {
                    let t = self.eval_s(test, f).await?;
                    if !self.truthy(&t)? {
                        let args = match msg {
                            Some(m) => vec![self.eval_s(m, f).await?],
                            None => vec![],
                        };
                        return Err(self.exc_with_args(&self.t.assertion_error, args));
                    }
                }
                _ => return self.exec(s, f),
            }
            Ok(Flow::Normal)
        })
    }

    /// The value of a statement's expression. `await f(x)` — most of what
    /// a suspended coroutine is waiting in — is awaited right here, with
    /// no box and no async state of its own.
    fn expr_s<'a>(&'static self, e: &'a Expr, f: &'a mut Frame) -> super::delegate::Delegate<'a> {
        match &e.kind {
            ExprKind::Await(inner) if !inner.suspends => match self.eval(inner, f) {
                Ok(v) => self.delegate(v, true),
                Err(err) => super::delegate::Delegate::Done(Some(Err(err))),
            },
            _ => super::delegate::Delegate::Other(self.eval_s(e, f)),
        }
    }

    /// Loops, try, with and match: kept out of `exec_s` (in their own box,
    /// made only when one suspends) so that the future of every suspended
    /// simple statement stays small.
    fn exec_compound_s<'a>(&'static self, s: &'a Stmt, f: &'a mut Frame) -> Boxed<'a, Flow> {
        // One box per kind of statement: a single async block over all of
        // them would reserve room for the locals of every kind at once.
        match &s.kind {
            StmtKind::While(test, body, orelse) => Box::pin(self.while_s(test, body, orelse, f)),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => Box::pin(async move {
                let seq = self.eval_s(iter, f).await?;
                self.async_for_s(target, seq, body, orelse, f).await
            }),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => Box::pin(self.for_s(target, iter, body, orelse, f)),
            StmtKind::Try(t) => self.exec_try_s(t, f),
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => self.exec_with_s(items, body, f),
            StmtKind::With { items, body, .. } => self.async_with_s(items, body, f),
            StmtKind::Match(subject, cases) => Box::pin(self.match_s(subject, cases, f)),
            _ => Box::pin(std::future::ready(self.exec(s, f))),
        }
    }

    async fn while_s(
        &'static self,
        test: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> R<Flow> {
        loop {
            let t = self.eval_s(test, f).await?;
            if !self.truthy(&t)? {
                return self.exec_block_s(orelse, f).await;
            }
            match self.exec_block_s(body, f).await? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            self.check_interrupt()?;
        }
    }

    async fn for_s(
        &'static self,
        target: &ir::Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> R<Flow> {
        let seq = self.eval_s(iter, f).await?;
        let it = self.iter(&seq)?;
        while let Some(item) = self.next(&it)? {
            self.assign(target, item, f)?;
            match self.exec_block_s(body, f).await? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            self.check_interrupt()?;
        }
        self.exec_block_s(orelse, f).await
    }

    async fn match_s(
        &'static self,
        subject: &Expr,
        cases: &[ir::MatchCase],
        f: &mut Frame,
    ) -> R<Flow> {
        let v = self.eval_s(subject, f).await?;
        for case in cases {
            if self.match_pattern(&case.pattern, &v, f)? {
                let ok = match &case.guard {
                    Some(g) => {
                        let g = self.eval_s(g, f).await?;
                        self.truthy(&g)?
                    }
                    None => true,
                };
                if ok {
                    return self.exec_block_s(&case.body, f).await;
                }
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_try_s<'a>(&'static self, t: &'a ir::Try, f: &'a mut Frame) -> Boxed<'a, Flow> {
        Box::pin(async move {
            let mut result = match self.exec_block_s(&t.body, f).await {
                Ok(Flow::Normal) => self.exec_block_s(&t.orelse, f).await,
                Ok(flow) => Ok(flow),
                Err(e) if t.star => {
                    self.chain_to_handled(&e);
                    let mut star = StarHandling::new(e);
                    for h in &t.handlers {
                        let Some(typ) = &h.typ else { continue };
                        let typ = self.eval(typ, f)?;
                        let Some(group) = star.take(self, &typ)? else {
                            continue;
                        };
                        self.enter_handler(&group, h, f)?;
                        let r = self.exec_block_s(&h.body, f).await;
                        let r = self.leave_handler(&group, h, r, f).map(|_| ());
                        star.handled(&group, r);
                    }
                    star.finish(self).map(|_| Flow::Normal)
                }
                Err(e) => {
                    self.chain_to_handled(&e);
                    match self.find_handler(&t.handlers, &e, f)? {
                        Some(h) => {
                            self.enter_handler(&e, h, f)?;
                            let r = self.exec_block_s(&h.body, f).await;
                            self.leave_handler(&e, h, r, f)
                        }
                        None => Err(e),
                    }
                }
            };
            if !t.finalbody.is_empty() {
                let pending = self.finally_enter(&result);
                let fin = self.exec_block_s(&t.finalbody, f).await;
                result = self.finally_exit(pending, fin, result);
            }
            result
        })
    }

    fn exec_with_s<'a>(
        &'static self,
        items: &'a [(Expr, Option<ir::Target>)],
        body: &'a [Stmt],
        f: &'a mut Frame,
    ) -> Boxed<'a, Flow> {
        Box::pin(async move {
            let Some(((ctx, target), rest)) = items.split_first() else {
                return self.exec_block_s(body, f).await;
            };
            let mgr = self.eval_s(ctx, f).await?;
            let exit = self.with_enter(&mgr, target.as_ref(), f)?;
            let r = self.exec_with_s(rest, body, f).await;
            self.with_exit(&mgr, exit, r)
        })
    }

    /// Evaluates an expression that may suspend; unmarked sub-expressions
    /// take the fast path.
    pub fn eval_s<'a>(&'static self, e: &'a Expr, f: &'a mut Frame) -> Boxed<'a, Value> {
        Box::pin(async move {
            if !e.suspends {
                return self.eval(e, f);
            }
            // `await x` is where coroutines wait: its future stays small.
            if let ExprKind::Await(inner) = &e.kind {
                let v = if inner.suspends {
                    self.eval_s(inner, f).await?
                } else {
                    self.eval(inner, f)?
                };
                return self.delegate(v, true).await;
            }
            self.eval_compound_s(e, f).await
        })
    }

    /// Every other expression that may suspend.
    fn eval_compound_s<'a>(&'static self, e: &'a Expr, f: &'a mut Frame) -> Boxed<'a, Value> {
        Box::pin(async move {
            match &e.kind {
                ExprKind::Yield(v) => {
                    let v = match v {
                        Some(v) => self.eval_s(v, f).await?,
                        None => Value::None,
                    };
                    if f.code.is_async {
                        // An async generator produces a value.
                        self.async_yield.set(true);
                    }
                    self.yield_value(v).await
                }
                ExprKind::YieldFrom(inner) | ExprKind::Await(inner) => {
                    let v = self.eval_s(inner, f).await?;
                    let is_await = matches!(e.kind, ExprKind::Await(_));
                    self.delegate(v, is_await).await
                }
                ExprKind::Call(call) => {
                    let func = self.eval_s(&call.func, f).await?;
                    let args = self
                        .eval_args_s(call, &|| self.function_str(&func), f)
                        .await?;
                    self.call(&func, args)
                }
                ExprKind::MethodCall(obj, name, call) => {
                    let obj = self.eval_s(obj, f).await?;
                    let callee = || self.method_str(&obj, name);
                    let args = self.eval_args_s(call, &callee, f).await?;
                    self.call_method(&obj, name, args)
                }
                ExprKind::Binary(op, a, b) => {
                    let a = self.eval_s(a, f).await?;
                    let b = self.eval_s(b, f).await?;
                    self.binary(*op, &a, &b)
                }
                ExprKind::Unary(op, a) => {
                    let a = self.eval_s(a, f).await?;
                    self.unary(*op, &a)
                }
                ExprKind::And(a, b) => {
                    let a = self.eval_s(a, f).await?;
                    if self.truthy(&a)? {
                        self.eval_s(b, f).await
                    } else {
                        Ok(a)
                    }
                }
                ExprKind::Or(a, b) => {
                    let a = self.eval_s(a, f).await?;
                    if self.truthy(&a)? {
                        Ok(a)
                    } else {
                        self.eval_s(b, f).await
                    }
                }
                ExprKind::Compare(left, ops) => {
                    let mut left = self.eval_s(left, f).await?;
                    let mut result = Value::Bool(true);
                    for (op, right) in ops {
                        let right = self.eval_s(right, f).await?;
                        result = self.compare(*op, &left, &right)?;
                        if !self.truthy(&result)? {
                            return Ok(result);
                        }
                        left = right;
                    }
                    Ok(result)
                }
                ExprKind::IfExp(test, body, orelse) => {
                    let t = self.eval_s(test, f).await?;
                    if self.truthy(&t)? {
                        self.eval_s(body, f).await
                    } else {
                        self.eval_s(orelse, f).await
                    }
                }
                ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items_s(items, f).await?)),
                ExprKind::List(items) => Ok(Value::list(self.eval_items_s(items, f).await?)),
                ExprKind::Set(items) => {
                    let items = self.eval_items_s(items, f).await?;
                    self.build_set(items)
                }
                ExprKind::Dict(items) => {
                    let mut d = Dict::new();
                    for (k, v) in items {
                        match k {
                            Some(k) => {
                                let k = self.eval_s(k, f).await?;
                                let v = self.eval_s(v, f).await?;
                                self.dict_set(&mut d, k, v)?;
                            }
                            None => {
                                let m = self.eval_s(v, f).await?;
                                self.dict_update(&mut d, &m, true)?;
                            }
                        }
                    }
                    Ok(Value::dict(d))
                }
                ExprKind::Attr(obj, name) => {
                    let obj = self.eval_s(obj, f).await?;
                    self.getattr(&obj, name)
                }
                ExprKind::Subscript(obj, index) => {
                    let obj = self.eval_s(obj, f).await?;
                    let index = self.eval_s(index, f).await?;
                    self.getitem(&obj, &index)
                }
                ExprKind::Walrus(target, value) => {
                    let v = self.eval_s(value, f).await?;
                    self.assign(target, v.clone(), f)?;
                    Ok(v)
                }
                ExprKind::Comprehension(comp) => {
                    let first = self.eval_s(&comp.first_iter, f).await?;
                    if comp.is_async && comp.kind != ir::CompKind::Generator {
                        return self.comprehension_s(comp, first, f).await;
                    }
                    self.comprehension(comp, first, f)
                }
                ExprKind::FString(parts) => {
                    let mut out = String::new();
                    for part in parts {
                        match part {
                            ir::FPart::Lit(s) => out.push_str(s),
                            ir::FPart::Field {
                                expr,
                                debug,
                                conversion,
                                spec,
                            } => {
                                let v = self.eval_s(expr, f).await?;
                                let mut spec_text = String::new();
                                if let Some(spec) = spec {
                                    self.fstring(spec, f, &mut spec_text)?;
                                }
                                self.format_field(
                                    &mut out,
                                    &v,
                                    debug.as_deref(),
                                    *conversion,
                                    &spec_text,
                                )?;
                            }
                        }
                    }
                    Ok(Value::str(out))
                }
                _ => self.eval(e, f),
            }
        })
    }

    async fn eval_items_s(&'static self, items: &[Expr], f: &mut Frame) -> R<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval_s(inner, f).await?;
                self.extend_from_iter(&mut out, &v)?;
            } else {
                out.push(self.eval_s(item, f).await?);
            }
        }
        Ok(out)
    }

    async fn eval_args_s(
        &'static self,
        call: &ir::Call,
        callee: &dyn Fn() -> String,
        f: &mut Frame,
    ) -> R<Args> {
        let pos = self.eval_items_s(&call.args, f).await?;
        let mut args = Args {
            pos,
            kw: Vec::new(),
        };
        for (name, value) in &call.kwargs {
            let v = self.eval_s(value, f).await?;
            match name {
                Some(n) => args.kw.push((n.clone(), v)),
                None => self.unpack_kwargs(&mut args, callee, v)?,
            }
        }
        Ok(args)
    }
}
