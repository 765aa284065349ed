//! Executing statements that cannot suspend (the fast path), and the
//! pieces of statement semantics that the suspendable path shares:
//! assignment to targets, exception matching, handler bookkeeping.

use std::cell::RefCell;
use std::rc::Rc;

use super::exc_group::StarHandling;
use super::{Exc, Frame, Vm, R};
use crate::compile::ir::{Handler, Stmt, StmtKind, Target, Try};
use crate::runtime::*;

/// How a block ended. A `return` leaves its value in `Frame::ret`: a
/// one-byte outcome travels back through the statements cheaply.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Normal,
    Return,
    Break,
    Continue,
}

impl Vm {
    /// What `sys.displayhook` does with an interactive expression's value:
    /// shows its repr unless it is None, and keeps it in `builtins._`.
    pub fn display(&'static self, v: Value) -> R<()> {
        if v.is_none() {
            return Ok(());
        }
        let underscore = Name::new("_");
        // As CPython does: `_` is None while the repr runs.
        self.builtins.dict.insert(underscore.clone(), Value::None);
        let text = self.repr(&v)?;
        self.print(&text);
        self.print("\n");
        self.builtins.dict.insert(underscore, v);
        Ok(())
    }

    pub fn exec_block(&'static self, stmts: &[Stmt], f: &mut Frame) -> R<Flow> {
        for s in stmts {
            match self.exec(s, f) {
                Ok(Flow::Normal) => {}
                Ok(other) => return Ok(other),
                Err(e) => return Err(self.record(e, f, s.line)),
            }
        }
        Ok(Flow::Normal)
    }

    /// Adds this frame's line to the exception's traceback, once per frame.
    pub fn record(&self, e: Exc, f: &Frame, line: u32) -> Exc {
        {
            let mut d = e.data();
            if d.last_frame != f.id {
                d.last_frame = f.id;
                d.traceback.push(TbEntry {
                    file: f.code.file.clone(),
                    function: f.code.name.as_str().into(),
                    line,
                });
            }
        }
        e
    }

    pub(super) fn exec(&'static self, s: &Stmt, f: &mut Frame) -> R<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(e, f)?;
            }
            StmtKind::Display(e) => {
                let v = self.eval(e, f)?;
                self.display(v)?;
            }
            StmtKind::Assign(targets, value) => {
                let v = self.operand(value, f)?;
                if let [t] = targets.as_slice() {
                    self.assign(t, v, f)?;
                } else {
                    for t in targets {
                        self.assign(t, v.clone(), f)?;
                    }
                }
            }
            StmtKind::AugAssign(target, op, value) => self.aug_assign(target, *op, value, f)?,
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(v) => {
                let v = match v {
                    Some(v) => self.operand(v, f)?,
                    None => Value::None,
                };
                f.ret = v;
                return Ok(Flow::Return);
            }
            StmtKind::If(test, body, orelse) => {
                return if self.eval_test(test, f)? {
                    self.exec_block(body, f)
                } else {
                    self.exec_block(orelse, f)
                };
            }
            StmtKind::While(test, body, orelse) => return self.exec_while(test, body, orelse, f),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                let seq = self.eval(iter, f)?;
                return self.exec_for(target, &seq, body, orelse, f);
            }
            StmtKind::Try(t) => return self.exec_try(t, f),
            _ => return self.exec_rare(s, f),
        }
        Ok(Flow::Normal)
    }

    /// The statements that are not on the hot path, kept out of `exec` so
    /// that its stack frame stays small.
    #[inline(never)]
    fn exec_rare(&'static self, s: &Stmt, f: &mut Frame) -> R<Flow> {
        match &s.kind {
            StmtKind::Annotate { name, annotation } => {
                let a = self.eval(annotation, f)?;
                self.annotate(name, a, f)?;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t, f)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                let exc = match exc {
                    Some(e) => Some(self.eval(e, f)?),
                    None => None,
                };
                let cause = match cause {
                    Some(c) => Some(self.eval(c, f)?),
                    None => None,
                };
                return Err(self.raise(exc, cause)?);
            }
            StmtKind::Assert(test, msg) => {
                let t = self.eval(test, f)?;
                if !self.truthy(&t)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(m, f)?],
                        None => vec![],
                    };
                    return Err(self.exc_with_args(&self.t.assertion_error, args));
                }
            }
            StmtKind::Import(names) => {
                for n in names {
                    let v = self.import_name(&n.module, n.bind_top, f)?;
                    self.assign(&n.target, v, f)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
            } => {
                let m = self.import_from_module(module, *level, f)?;
                for (name, target) in names {
                    let v = self.import_attr(&m, name)?;
                    self.assign(target, v, f)?;
                }
            }
            StmtKind::ImportStar { module, level } => {
                let m = self.import_from_module(module, *level, f)?;
                self.import_star(&m, f)?;
            }
            StmtKind::With { items, body, .. } => return self.exec_with(items, body, f),
            StmtKind::FunctionDef {
                def,
                decorators,
                target,
            } => {
                let decs = self.eval_decorators(decorators, f)?;
                let func = self.make_function(def, f)?;
                let func = self.apply_decorators(func, decs)?;
                self.assign(target, func, f)?;
            }
            StmtKind::ClassDef(c) => {
                let decs = self.eval_decorators(&c.decorators, f)?;
                let bases = self.eval_items(&c.bases, f)?;
                let mut kw = Vec::new();
                for (k, v) in &c.keywords {
                    let v = self.eval(v, f)?;
                    match k {
                        Some(k) => kw.push((k.clone(), v)),
                        None => {
                            let mut args = super::Args::default();
                            self.unpack_kwargs(&mut args, &|| "type()".into(), v)?;
                            kw.extend(args.kw);
                        }
                    }
                }
                let class = self.build_class(c, bases, kw, f)?;
                let class = self.apply_decorators(class, decs)?;
                self.assign(&c.target, class, f)?;
            }
            StmtKind::Match(subject, cases) => {
                let v = self.eval(subject, f)?;
                for case in cases {
                    if self.match_pattern(&case.pattern, &v, f)? {
                        let ok = match &case.guard {
                            Some(g) => {
                                let g = self.eval(g, f)?;
                                self.truthy(&g)?
                            }
                            None => true,
                        };
                        if ok {
                            return self.exec_block(&case.body, f);
                        }
                    }
                }
            }
            _ => return Err(self.runtime_error("statement kind on the hot path")),
        }
        Ok(Flow::Normal)
    }

    // Loops and try statements run out of line: `exec` runs for every
    // statement, and what they would add to its stack frame would cost
    // every call.
    #[inline(never)]
    fn exec_while(
        &'static self,
        test: &crate::compile::ir::Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> R<Flow> {
        loop {
            if !self.eval_test(test, f)? {
                return self.exec_block(orelse, f);
            }
            match self.exec_block(body, f)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return => return Ok(Flow::Return),
                Flow::Normal | Flow::Continue => {}
            }
            self.check_interrupt()?;
        }
    }

    #[inline(never)]
    fn exec_for(
        &'static self,
        target: &Target,
        seq: &Value,
        body: &[Stmt],
        orelse: &[Stmt],
        f: &mut Frame,
    ) -> R<Flow> {
        // Lists and ranges loop without an iterator object.
        match seq {
            Value::Range(r) => {
                let (mut i, stop, step) = (r.start, r.stop, r.step);
                while (step > 0 && i < stop) || (step < 0 && i > stop) {
                    self.assign(target, Value::Int(i), f)?;
                    match self.exec_block(body, f)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return => return Ok(Flow::Return),
                        _ => {}
                    }
                    self.check_interrupt()?;
                    i += step;
                }
            }
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let item = match l.borrow().get(i) {
                        Some(v) => v.clone(),
                        None => break,
                    };
                    i += 1;
                    self.assign(target, item, f)?;
                    match self.exec_block(body, f)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return => return Ok(Flow::Return),
                        _ => {}
                    }
                    self.check_interrupt()?;
                }
            }
            _ => {
                let it = self.iter(seq)?;
                while let Some(item) = self.next(&it)? {
                    self.assign(target, item, f)?;
                    match self.exec_block(body, f)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return => return Ok(Flow::Return),
                        _ => {}
                    }
                    self.check_interrupt()?;
                }
            }
        }
        self.exec_block(orelse, f)
    }

    #[inline(never)]
    fn exec_try(&'static self, t: &Try, f: &mut Frame) -> R<Flow> {
        let mut result = match self.exec_block(&t.body, f) {
            Ok(Flow::Normal) => self.exec_block(&t.orelse, f),
            Ok(flow) => Ok(flow),
            Err(e) => {
                self.chain_to_handled(&e);
                if t.star {
                    self.handle_star(t, e, f)
                } else {
                    match self.find_handler(&t.handlers, &e, f)? {
                        Some(h) => {
                            self.enter_handler(&e, h, f)?;
                            let r = self.exec_block(&h.body, f);
                            self.leave_handler(&e, h, r, f)
                        }
                        None => Err(e),
                    }
                }
            }
        };
        if !t.finalbody.is_empty() {
            let pending = self.finally_enter(&result);
            let fin = self.exec_block(&t.finalbody, f);
            result = self.finally_exit(pending, fin, result);
        }
        result
    }

    /// Before a `finally` block: the exception in flight, if any, is the
    /// one being handled while it runs.
    pub(super) fn finally_enter(&self, result: &R<Flow>) -> Option<Exc> {
        let pending = result.as_ref().err().cloned();
        if let Some(p) = &pending {
            self.handling.borrow_mut().push(p.value());
        }
        pending
    }

    /// After it: what the `try` statement ends with — the block's own
    /// return, break or exception (chained to the one in flight) over
    /// `result`.
    pub(super) fn finally_exit(
        &self,
        pending: Option<Exc>,
        fin: R<Flow>,
        result: R<Flow>,
    ) -> R<Flow> {
        if pending.is_some() {
            self.handling.borrow_mut().pop();
        }
        match fin {
            Ok(Flow::Normal) => result,
            Ok(flow) => Ok(flow),
            Err(e2) => {
                if let Some(p) = pending {
                    self.chain_context(&e2, &p);
                }
                Err(e2)
            }
        }
    }

    /// The first handler whose type matches.
    pub fn find_handler<'h>(
        &'static self,
        handlers: &'h [Handler],
        e: &Exc,
        f: &mut Frame,
    ) -> R<Option<&'h Handler>> {
        for h in handlers {
            let Some(typ) = &h.typ else {
                return Ok(Some(h));
            };
            let typ = self.eval(typ, f)?;
            if self.exception_matches(e, &typ)? {
                return Ok(Some(h));
            }
        }
        Ok(None)
    }

    pub fn exception_matches(&self, e: &Exc, typ: &Value) -> R<bool> {
        match typ {
            Value::Class(c) if c.layout == Layout::Exception => Ok(e.class().is_subclass(c)),
            Value::Tuple(items) => {
                for i in items.iter() {
                    if self.exception_matches(e, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    pub fn enter_handler(&'static self, e: &Exc, h: &Handler, f: &mut Frame) -> R<()> {
        self.handling.borrow_mut().push(e.value());
        if let Some(name) = &h.name {
            self.assign(name, e.value(), f)?;
        }
        Ok(())
    }

    /// After an `except` body: the handled exception is no longer current,
    /// its name is unbound, and a new exception records it as context.
    pub fn leave_handler(
        &'static self,
        e: &Exc,
        h: &Handler,
        r: R<Flow>,
        f: &mut Frame,
    ) -> R<Flow> {
        self.handling.borrow_mut().pop();
        if let Some(name) = &h.name {
            let _ = self.delete(name, f);
        }
        if let Err(e2) = &r {
            self.chain_context(e2, e);
        }
        r
    }

    /// An exception reaching a `try` was raised while the innermost
    /// handled exception was current: that one is its context (CPython
    /// records it at the raise, which native code does not go through).
    pub fn chain_to_handled(&self, e: &Exc) {
        let handled = self.handling.borrow().last().cloned();
        if let Some(Value::Instance(h)) = handled {
            self.chain_context(e, &Exc(h));
        }
    }

    /// Implicit chaining: `e2` was raised while `e` was being handled.
    pub fn chain_context(&self, e2: &Exc, e: &Exc) {
        if Rc::ptr_eq(&e2.0, &e.0) {
            return;
        }
        let mut d = e2.data();
        if d.context.is_none() {
            // Never build a cycle.
            let mut cur = Some(e.value());
            while let Some(Value::Instance(i)) = cur {
                if Rc::ptr_eq(&i, &e2.0) {
                    return;
                }
                cur = i.exc.as_ref().and_then(|x| x.borrow().context.clone());
            }
            d.context = Some(e.value());
        }
    }

    /// The exception a `raise` statement raises.
    pub fn raise(&'static self, exc: Option<Value>, cause: Option<Value>) -> R<Exc> {
        let Some(exc) = exc else {
            return match self.handling.borrow().last() {
                Some(Value::Instance(i)) => Ok(Exc(i.clone())),
                _ => Err(self.runtime_error("No active exception to reraise")),
            };
        };
        let e = self.to_exception(exc, "exceptions must derive from BaseException")?;
        // `raise e` adds a line to e's traceback even in a frame that is
        // already there (a bare `raise` does not).
        e.data().last_frame = 0;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => Some(
                    self.to_exception(c, "exception causes must derive from BaseException")?
                        .value(),
                ),
            };
            let mut d = e.data();
            d.cause = cause;
            d.suppress_context = true;
        }
        if let Some(Value::Instance(h)) = self.handling.borrow().last() {
            self.chain_context(&e, &Exc(h.clone()));
        }
        Ok(e)
    }

    /// An exception instance from a class (instantiated) or an instance.
    pub fn to_exception(&'static self, v: Value, message: &str) -> R<Exc> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(Exc(i.clone())),
            Value::Class(c) if c.layout == Layout::Exception => {
                match self.call(&v, super::Args::default())? {
                    Value::Instance(i) if i.exc.is_some() => Ok(Exc(i.clone())),
                    other => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr(&v)?,
                        self.type_name(&other)
                    ))),
                }
            }
            _ => Err(self.type_error(message)),
        }
    }

    fn exec_with(
        &'static self,
        items: &[(crate::compile::ir::Expr, Option<Target>)],
        body: &[Stmt],
        f: &mut Frame,
    ) -> R<Flow> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.exec_block(body, f);
        };
        let mgr = self.eval(ctx, f)?;
        let exit = self.with_enter(&mgr, target.as_ref(), f)?;
        let r = self.exec_with(rest, body, f);
        self.with_exit(&mgr, exit, r)
    }

    /// `__enter__`, binding its result; returns `__exit__`.
    pub fn with_enter(
        &'static self,
        mgr: &Value,
        target: Option<&Target>,
        f: &mut Frame,
    ) -> R<Value> {
        let cls = self.type_of(mgr);
        let (Some(enter), Some(exit)) = (cls.lookup(&self.n.enter), cls.lookup(&self.n.exit))
        else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                cls.name
            )));
        };
        let v = self.call_bound(&enter, mgr, super::Args::default())?;
        if let Some(t) = target {
            self.assign(t, v, f)?;
        }
        Ok(exit)
    }

    pub fn with_exit(&'static self, mgr: &Value, exit: Value, r: R<Flow>) -> R<Flow> {
        match r {
            Ok(flow) => {
                let none = super::Args {
                    pos: vec![Value::None, Value::None, Value::None],
                    kw: Vec::new(),
                };
                self.call_bound(&exit, mgr, none)?;
                Ok(flow)
            }
            Err(e) => {
                self.handling.borrow_mut().push(e.value());
                let res = self.call_bound(&exit, mgr, self.exit_args(&e));
                self.handling.borrow_mut().pop();
                self.exit_outcome(res, e)
            }
        }
    }

    /// `__exit__`'s (or `__aexit__`'s) arguments for exception `e`.
    pub(super) fn exit_args(&'static self, e: &Exc) -> super::Args {
        super::Args::new(vec![
            Value::Class(e.class().clone()),
            e.value(),
            self.traceback_of(e),
        ])
    }

    /// After `__exit__` saw exception `e` and answered `res`: a true answer
    /// swallows `e`; an exception from `__exit__` replaces it, chained.
    pub(super) fn exit_outcome(&'static self, res: R<Value>, e: Exc) -> R<Flow> {
        match res {
            Ok(v) if self.truthy(&v)? => Ok(Flow::Normal),
            Ok(_) => Err(e),
            Err(e2) => {
                self.chain_context(&e2, &e);
                Err(e2)
            }
        }
    }

    /// `e.__traceback__`: traceback objects from where it was caught
    /// (outermost) to where it was raised, through `tb_next`, each with
    /// its line and a frame naming its code (`tb_frame.f_code.co_name`).
    pub fn traceback_of(&self, e: &Exc) -> Value {
        let entries = e.data().traceback.clone();
        let plain = |class: &Rc<Class>, items: Vec<(&str, Value)>| {
            let mut attrs = Attrs::default();
            for (k, v) in items {
                attrs.insert(Name::new(k), v);
            }
            Value::Instance(Rc::new(Instance::plain(class.clone(), attrs)))
        };
        // Innermost first: each entry's tb_next is the one built before.
        let mut next = Value::None;
        for entry in &entries {
            let line = Value::Int(entry.line as i64);
            let code = plain(
                &self.t.code,
                vec![
                    ("co_filename", Value::str(&*entry.file)),
                    ("co_name", Value::str(&*entry.function)),
                ],
            );
            let frame = plain(
                &self.t.frame,
                vec![("f_code", code), ("f_lineno", line.clone())],
            );
            next = plain(
                &self.t.traceback,
                vec![("tb_frame", frame), ("tb_lineno", line), ("tb_next", next)],
            );
        }
        next
    }

    pub fn eval_decorators(
        &'static self,
        decs: &[crate::compile::ir::Expr],
        f: &mut Frame,
    ) -> R<Vec<Value>> {
        decs.iter().map(|d| self.eval(d, f)).collect()
    }

    pub fn apply_decorators(&'static self, mut v: Value, decs: Vec<Value>) -> R<Value> {
        for d in decs.iter().rev() {
            v = self.call(
                d,
                super::Args {
                    pos: vec![v],
                    kw: Vec::new(),
                },
            )?;
        }
        Ok(v)
    }

    pub fn annotate(&'static self, name: &Name, a: Value, f: &mut Frame) -> R<()> {
        let key = Name::new("__annotations__");
        let existing = match &f.ns {
            Some(ns) => ns.borrow().get(&key).cloned(),
            None => f.globals.dict.borrow().get(&key).cloned(),
        };
        let d = match existing {
            Some(d) => d,
            None => {
                let d = Value::dict(Dict::new());
                match &f.ns {
                    Some(ns) => ns.borrow_mut().insert(key, d.clone()),
                    None => f.globals.dict.borrow_mut().insert(key, d.clone()),
                };
                d
            }
        };
        self.setitem(&d, Value::str(name.as_str()), a)
    }

    pub fn assign(&'static self, t: &Target, v: Value, f: &mut Frame) -> R<()> {
        match t {
            Target::Local(slot) => f.locals[*slot as usize] = Some(v),
            Target::Cell(i) => *f.cells[*i as usize].borrow_mut() = Some(v),
            Target::Global(name) => {
                f.globals.dict.borrow_mut().insert(name.clone(), v);
            }
            Target::ClassName(name) => match &f.ns {
                Some(ns) => self.store_class_name(ns, name, v)?,
                None => {
                    f.globals.dict.borrow_mut().insert(name.clone(), v);
                }
            },
            Target::Attr(obj, name) => {
                let obj = self.eval(obj, f)?;
                self.setattr(&obj, name, v)?;
            }
            Target::Subscript(obj, index) => {
                let obj = self.eval(obj, f)?;
                let index = self.eval(index, f)?;
                self.setitem(&obj, index, v)?;
            }
            Target::Unpack(targets, star) => {
                let items = self.unpack(&v, targets.len(), *star)?;
                for (t, item) in targets.iter().zip(items) {
                    self.assign(t, item, f)?;
                }
            }
        }
        Ok(())
    }

    /// The values for `a, *b, c = v`: exactly `n` of them (the starred one
    /// a list).
    pub fn unpack(&'static self, v: &Value, n: usize, star: Option<usize>) -> R<Vec<Value>> {
        let items: Vec<Value> = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                let it = self.iter(v).map_err(|e| {
                    if self.exc_is(&e, &self.t.type_error) {
                        self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(v)
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if star.is_none() && out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        match star {
            None => {
                if items.len() > n {
                    Err(self.value_error(format!("too many values to unpack (expected {n})")))
                } else if items.len() < n {
                    Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )))
                } else {
                    Ok(items)
                }
            }
            Some(s) => {
                let after = n - s - 1;
                if items.len() < n - 1 {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(s);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    #[inline(never)]
    fn aug_assign(
        &'static self,
        t: &Target,
        op: crate::syntax::ast::BinOp,
        value: &crate::compile::ir::Expr,
        f: &mut Frame,
    ) -> R<()> {
        match t {
            Target::Attr(obj, name) => {
                let obj = self.eval(obj, f)?;
                let cur = self.getattr(&obj, name)?;
                let v = self.eval(value, f)?;
                let new = self.inplace(op, &cur, &v)?;
                self.setattr(&obj, name, new)
            }
            Target::Subscript(obj, index) => {
                let obj = self.eval(obj, f)?;
                let index = self.eval(index, f)?;
                let cur = self.getitem(&obj, &index)?;
                let v = self.eval(value, f)?;
                let new = self.inplace(op, &cur, &v)?;
                self.setitem(&obj, index, new)
            }
            _ => {
                let cur = self.load_target(t, f)?;
                let v = self.eval(value, f)?;
                let new = self.inplace(op, &cur, &v)?;
                self.assign(t, new, f)
            }
        }
    }

    /// The current value of a name target (for augmented assignment).
    fn load_target(&'static self, t: &Target, f: &mut Frame) -> R<Value> {
        match t {
            Target::Local(slot) => match &f.locals[*slot as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_local(&f.code.local_names[*slot as usize])),
            },
            Target::Cell(i) => match &*f.cells[*i as usize].borrow() {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_local(&f.code.cell_names[*i as usize])),
            },
            Target::Global(name) => self.load_global(&f.globals, name),
            Target::ClassName(name) => {
                if let Some(ns) = &f.ns {
                    if let Some(v) = ns.borrow().get(name) {
                        return Ok(v.clone());
                    }
                }
                self.load_global(&f.globals, name)
            }
            _ => Err(self.runtime_error("bad augmented assignment target")),
        }
    }

    /// A store in a class body. When `__prepare__` returned a mapping with
    /// its own `__setitem__`, the store goes through it and the namespace
    /// keeps what the mapping then holds under the name (enum's mapping
    /// turns `auto()` into the member's value there).
    fn store_class_name(&'static self, ns: &Rc<RefCell<Attrs>>, name: &Name, v: Value) -> R<()> {
        let key = Rc::as_ptr(ns) as usize;
        let mapping = self
            .class_mappings
            .borrow()
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, m)| m.clone());
        let Some(m) = mapping else {
            ns.borrow_mut().insert(name.clone(), v);
            return Ok(());
        };
        let k = Value::str(name.as_str());
        self.setitem(&m, k.clone(), v)?;
        match self.getitem(&m, &k) {
            Ok(stored) => {
                ns.borrow_mut().insert(name.clone(), stored);
            }
            Err(_) => {
                ns.borrow_mut().shift_remove(name);
            }
        }
        Ok(())
    }

    pub fn delete(&'static self, t: &Target, f: &mut Frame) -> R<()> {
        match t {
            Target::Local(slot) => {
                if f.locals[*slot as usize].take().is_none() {
                    return Err(self.unbound_local(&f.code.local_names[*slot as usize]));
                }
            }
            Target::Cell(i) => {
                if f.cells[*i as usize].borrow_mut().take().is_none() {
                    return Err(self.unbound_local(&f.code.cell_names[*i as usize]));
                }
            }
            Target::Global(name) | Target::ClassName(name) => {
                let removed = match (&f.ns, t) {
                    (Some(ns), Target::ClassName(_)) => ns.borrow_mut().shift_remove(name),
                    _ => f.globals.dict.borrow_mut().shift_remove(name),
                };
                if removed.is_none() {
                    return Err(
                        self.new_exc(&self.t.name_error, format!("name '{name}' is not defined"))
                    );
                }
            }
            Target::Attr(obj, name) => {
                let obj = self.eval(obj, f)?;
                self.delattr(&obj, name)?;
            }
            Target::Subscript(obj, index) => {
                let obj = self.eval(obj, f)?;
                let index = self.eval(index, f)?;
                self.delitem(&obj, &index)?;
            }
            Target::Unpack(targets, _) => {
                for t in targets {
                    self.delete(t, f)?;
                }
            }
        }
        Ok(())
    }
}

impl Vm {
    /// `try: ... except* T:`: each clause takes the part of the group that
    /// matches it; see exc_group.rs for what propagates afterwards.
    fn handle_star(&'static self, t: &Try, e: Exc, f: &mut Frame) -> R<Flow> {
        let mut star = StarHandling::new(e);
        for h in &t.handlers {
            let Some(typ) = &h.typ else { continue };
            let typ = self.eval(typ, f)?;
            let Some(group) = star.take(self, &typ)? else {
                continue;
            };
            self.enter_handler(&group, h, f)?;
            let r = self.exec_block(&h.body, f);
            let r = self.leave_handler(&group, h, r, f).map(|_| ());
            star.handled(&group, r);
        }
        // What propagates is re-raised: CPython adds no line of this frame.
        star.finish(self)
            .map(|_| Flow::Normal)
            .inspect_err(|e| e.data().last_frame = f.id)
    }
}
