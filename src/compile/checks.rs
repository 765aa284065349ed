//! SyntaxErrors CPython raises while compiling, not while parsing: a
//! program can be grammatical and still be refused. Statements out of
//! their context (`return` outside a function, `break` outside a loop,
//! `await` outside `async def`), starred targets out of place, a bare
//! `except:` before others, two stars in one sequence pattern, a repeated
//! parameter name. The parser accepts exactly the grammar; these come after.
//!
//! Checks that need scope analysis (`nonlocal` without a binding, a name
//! used before its `global`) belong to the resolver.

use crate::syntax::ast::*;
use crate::syntax::visit::{self, ComprehensionKind};
use crate::syntax::SyntaxError;

/// Every compile-time syntax error of a module, in source order: these
/// checks, then scope analysis's.
pub fn check(module: &Module) -> Vec<SyntaxError> {
    check_with(module, false)
}

/// [`check`], optionally allowing `await`, `async for` and `async with`
/// at module level, as an interactive session or a notebook does (CPython's
/// PyCF_ALLOW_TOP_LEVEL_AWAIT).
pub fn check_with(module: &Module, top_level_await: bool) -> Vec<SyntaxError> {
    let mut errors = context_errors(module, top_level_await);
    errors.extend(super::scope::analyze(module).1);
    errors.sort_by_key(|e| e.span.start);
    errors
}

fn context_errors(module: &Module, top_level_await: bool) -> Vec<SyntaxError> {
    let mut checker = Checker {
        top_level_await,
        errors: Vec::new(),
        function: None,
        in_loop: false,
        comprehension: None,
        nested: false,
        in_except_star: false,
        jumps_blocked: false,
    };
    checker.body(&module.body);
    checker.errors.sort_by_key(|e| e.span.start);
    checker.errors
}

/// The function whose body is being checked.
struct Function {
    is_async: bool,
    saw_yield: bool,
    /// `return value` statements: refused if this turns out to be an async generator.
    value_returns: Vec<Span>,
}

/// A comprehension being checked: what CPython calls it, and where it is.
#[derive(Clone, Copy)]
struct InComprehension {
    kind: ComprehensionKind,
    span: Span,
}

struct Checker {
    /// Module-level code may await (an interactive session, a notebook).
    top_level_await: bool,
    errors: Vec<SyntaxError>,
    /// None at module level and directly in a class body.
    function: Option<Function>,
    in_loop: bool,
    comprehension: Option<InComprehension>,
    /// Inside a def, lambda or class: `nonlocal` is not at module level.
    nested: bool,
    /// Inside an `except*` block, which `return` cannot leave...
    in_except_star: bool,
    /// ...nor `break` or `continue`, unless a loop inside the block is theirs.
    jumps_blocked: bool,
}

impl Checker {
    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.errors.push(SyntaxError::new(message, span));
    }

    fn in_async_function(&self) -> bool {
        match &self.function {
            Some(f) => f.is_async,
            None => self.top_level_await && !self.nested,
        }
    }

    /// Checks a nested scope (function, lambda or class body) with its own
    /// context, then restores the enclosing one.
    fn scope(&mut self, function: Option<Function>, check: impl FnOnce(&mut Self)) {
        let outer_function = std::mem::replace(&mut self.function, function);
        let outer_loop = std::mem::replace(&mut self.in_loop, false);
        let outer_comprehension = self.comprehension.take();
        let outer_nested = std::mem::replace(&mut self.nested, true);
        let outer_except_star = std::mem::replace(&mut self.in_except_star, false);
        let outer_blocked = std::mem::replace(&mut self.jumps_blocked, false);
        check(self);
        self.nested = outer_nested;
        self.in_except_star = outer_except_star;
        self.jumps_blocked = outer_blocked;
        if let Some(f) = std::mem::replace(&mut self.function, outer_function) {
            if f.is_async && f.saw_yield {
                for at in f.value_returns {
                    self.error("'return' with value in async generator", at);
                }
            }
        }
        self.in_loop = outer_loop;
        self.comprehension = outer_comprehension;
    }

    fn body(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    fn loop_body(&mut self, stmts: &[Stmt]) {
        let outer = std::mem::replace(&mut self.in_loop, true);
        let outer_blocked = std::mem::replace(&mut self.jumps_blocked, false);
        self.body(stmts);
        self.in_loop = outer;
        self.jumps_blocked = outer_blocked;
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expr(e) => self.value(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.value(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.value(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.value(v);
                }
            }
            StmtKind::Return(_) | StmtKind::Break | StmtKind::Continue
                if self.in_except_star
                    && (self.jumps_blocked || matches!(stmt.kind, StmtKind::Return(_))) =>
            {
                let message = "'break', 'continue' and 'return' cannot appear in an except* block";
                self.error(message, stmt.span)
            }
            StmtKind::Return(value) => match &mut self.function {
                None => self.error("'return' outside function", stmt.span),
                Some(f) => {
                    if value.is_some() {
                        f.value_returns.push(stmt.span);
                    }
                    if let Some(v) = value {
                        self.value(v);
                    }
                }
            },
            StmtKind::Break if !self.in_loop => self.error("'break' outside loop", stmt.span),
            StmtKind::Continue if !self.in_loop => {
                self.error("'continue' not properly in loop", stmt.span)
            }
            StmtKind::Nonlocal(_) if !self.nested => self.error(
                "nonlocal declaration not allowed at module level",
                stmt.span,
            ),
            StmtKind::ImportFrom { star: true, .. } if self.function.is_some() => {
                self.error("import * only allowed at module level", stmt.span)
            }
            StmtKind::Del(targets) => targets.iter().for_each(|t| self.expr(t)),
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| self.expr(e)),
            StmtKind::Assert { test, msg } => {
                std::iter::once(test).chain(msg).for_each(|e| self.expr(e))
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.loop_body(body);
                self.body(orelse);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async && !self.in_async_function() {
                    self.error("'async for' outside async function", stmt.span);
                }
                self.target(target);
                self.value(iter);
                self.loop_body(body);
                self.body(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                self.body(body);
                for (i, handler) in handlers.iter().enumerate() {
                    if handler.typ.is_none() && i + 1 < handlers.len() {
                        self.error("default 'except:' must be last", handler.span);
                    }
                    if let Some(typ) = &handler.typ {
                        self.expr(typ);
                    }
                    let outer = (self.in_except_star, self.jumps_blocked);
                    if *star {
                        (self.in_except_star, self.jumps_blocked) = (true, true);
                    }
                    self.body(&handler.body);
                    (self.in_except_star, self.jumps_blocked) = outer;
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.in_async_function() {
                    self.error("'async with' outside async function", stmt.span);
                }
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::FunctionDef(f) => {
                f.decorators
                    .iter()
                    .chain(&f.returns)
                    .for_each(|e| self.expr(e));
                self.params(&f.params);
                let function = Function {
                    is_async: f.is_async,
                    saw_yield: false,
                    value_returns: Vec::new(),
                };
                self.scope(Some(function), |c| c.body(&f.body));
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|e| self.expr(e));
                c.args.iter().for_each(|a| self.expr(visit::arg_value(a)));
                self.scope(None, |checker| checker.body(&c.body));
            }
            StmtKind::Match { subject, cases } => {
                self.value(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    if let Some(guard) = &case.guard {
                        self.expr(guard);
                    }
                    self.body(&case.body);
                }
            }
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Nonlocal(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Pass
            | StmtKind::Global(_)
            | StmtKind::Import(_)
            | StmtKind::Error => {}
        }
    }

    /// A value standing alone, where `*x` has nothing to unpack into.
    fn value(&mut self, e: &Expr) {
        if matches!(e.kind, ExprKind::Starred(_)) {
            self.error("can't use starred expression here", e.span);
        }
        self.expr(e);
    }

    /// An assignment target: `*x` only inside a tuple or list, once per level.
    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Starred(_) => self.error(
                "starred assignment target must be in a list or tuple",
                t.span,
            ),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                if items
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                    .count()
                    > 1
                {
                    self.error("multiple starred expressions in assignment", t.span);
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner)
                            if matches!(inner.kind, ExprKind::Tuple(_) | ExprKind::List(_)) =>
                        {
                            self.target(inner)
                        }
                        ExprKind::Starred(inner) => self.expr(inner),
                        _ => self.target(item),
                    }
                }
            }
            _ => self.expr(t),
        }
    }

    fn params(&mut self, p: &Params) {
        let all: Vec<&Param> = visit::all_params(p).collect();
        for (i, param) in all.iter().enumerate() {
            if all[..i]
                .iter()
                .any(|earlier| earlier.name.name == param.name.name)
            {
                let message = format!(
                    "duplicate argument '{}' in function definition",
                    param.name.name
                );
                self.error(message, param.name.span);
            }
        }
        visit::annotations(p)
            .chain(visit::defaults(p))
            .for_each(|e| self.expr(e));
    }

    /// A comprehension: its targets, and `await`/`async for` only where an
    /// asynchronous comprehension may run.
    fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) {
        let is_generator = kind == ComprehensionKind::Generator;
        if generators.iter().any(|g| g.is_async) && !is_generator && !self.in_async_function() {
            self.error(
                "asynchronous comprehension outside of an asynchronous function",
                span,
            );
        }
        let outer = self.comprehension.replace(InComprehension { kind, span });
        for g in generators {
            self.target(&g.target);
            self.expr(&g.iter);
            g.ifs.iter().for_each(|e| self.expr(e));
        }
        elts.iter().for_each(|e| self.expr(e));
        self.comprehension = outer;
    }

    fn expr(&mut self, e: &Expr) {
        if let Some((kind, generators, elts)) = visit::as_comprehension(e) {
            return self.comprehension(kind, e.span, generators, &elts);
        }
        match &e.kind {
            ExprKind::Await(v) => {
                self.await_here(e.span);
                self.expr(v);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.yield_here(e);
                visit::each_child(e, |c| self.expr(c));
            }
            ExprKind::Lambda { params, body } => {
                self.params(params);
                let function = Function {
                    is_async: false,
                    saw_yield: false,
                    value_returns: Vec::new(),
                };
                self.scope(Some(function), |c| c.expr(body));
            }
            _ => visit::each_child(e, |c| self.expr(c)),
        }
    }

    fn await_here(&mut self, at: Span) {
        if let Some(comp) = self.comprehension {
            if comp.kind == ComprehensionKind::Generator || self.in_async_function() {
                return;
            }
            self.error(
                "asynchronous comprehension outside of an asynchronous function",
                comp.span,
            );
            return;
        }
        match &self.function {
            None if self.top_level_await && !self.nested => {}
            None => self.error("'await' outside function", at),
            Some(f) if !f.is_async => self.error("'await' outside async function", at),
            Some(_) => {}
        }
    }

    fn yield_here(&mut self, e: &Expr) {
        if let Some(comp) = self.comprehension {
            self.error(
                format!("'yield' inside {}", comp.kind.description()),
                e.span,
            );
            return;
        }
        match &mut self.function {
            None => self.error("'yield' outside function", e.span),
            Some(f) => {
                f.saw_yield = true;
                if f.is_async && matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.error("'yield from' inside async function", e.span);
                }
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Sequence(items) => {
                if items
                    .iter()
                    .filter(|i| matches!(i.kind, PatternKind::Star(_)))
                    .count()
                    > 1
                {
                    self.error("multiple starred names in sequence pattern", p.span);
                }
                items.iter().for_each(|i| self.pattern(i));
            }
            PatternKind::Mapping { patterns, .. } => patterns.iter().for_each(|i| self.pattern(i)),
            PatternKind::Class {
                patterns,
                kwd_patterns,
                ..
            } => patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|i| self.pattern(i)),
            PatternKind::As {
                pattern: Some(inner),
                ..
            } => self.pattern(inner),
            PatternKind::Or(alts) => alts.iter().for_each(|i| self.pattern(i)),
            PatternKind::Value(_)
            | PatternKind::Singleton(_)
            | PatternKind::Star(_)
            | PatternKind::As { pattern: None, .. } => {}
        }
    }
}
