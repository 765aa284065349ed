//! Lowering: from the syntax tree and its scopes to the resolved tree the
//! interpreter runs (see ir.rs). Every name becomes a slot, a cell or a
//! namespace entry here, once, so that evaluation never searches by name
//! inside a function.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use super::ir::{self, CodeKind, Target};
use super::scope::{mangle, Binding, ScopeKind, Scopes};
use crate::runtime::{Name, Value};
use crate::syntax::ast::{self, Constant, ExprKind, Span, StmtKind};
use crate::syntax::visit::{self, ComprehensionKind};

/// Lowers a checked module (its scopes analysed without errors).
/// `interactive` code (a REPL entry) shows the values of its module-level
/// expression statements, as CPython's `single` mode does.
pub fn lower_module(
    module: &ast::Module,
    scopes: &Scopes,
    file: &str,
    source: &str,
    interactive: bool,
) -> ir::Code {
    let mut lines = vec![0u32];
    lines.extend(
        source
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i as u32 + 1),
    );
    let mut l = Lowerer {
        string_annotations: super::future_annotations(&module.body),
        scopes,
        file: file.into(),
        lines,
        stack: Vec::new(),
        interactive,
    };
    l.enter(0, Name::new("<module>"), None);
    let body = l.body(&module.body);
    let doc = docstring(&module.body);
    l.leave(CodeKind::Module, body, 1, doc)
}

/// One scope being lowered.
struct Ctx {
    scope: usize,
    kind: ScopeKind,
    qualname: Rc<str>,
    name: Name,
    locals: HashMap<Rc<str>, u32>,
    local_names: Vec<Name>,
    cells: HashMap<Rc<str>, u32>,
    cell_names: Vec<Name>,
    own_cells: usize,
    free_from: Vec<u32>,
    param_cells: Vec<(u32, u32)>,
    params: ir::ParamSpec,
    is_generator: bool,
    is_async: bool,
    /// The class whose name mangles `__private` names.
    class_name: Option<Rc<str>>,
    /// Child scopes, by where their construct starts.
    children: HashMap<u32, usize>,
}

struct Lowerer<'a> {
    /// `from __future__ import annotations`: annotations are their text.
    string_annotations: bool,
    scopes: &'a Scopes,
    file: Rc<str>,
    lines: Vec<u32>,
    stack: Vec<Ctx>,
    interactive: bool,
}

fn docstring(body: &[ast::Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(ast::Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(Value::str(&**s)),
        _ => None,
    }
}

impl Lowerer<'_> {
    fn ctx(&self) -> &Ctx {
        self.stack.last().expect("a scope")
    }

    fn ctx_mut(&mut self) -> &mut Ctx {
        self.stack.last_mut().expect("a scope")
    }

    fn line(&self, span: Span) -> u32 {
        match self.lines.binary_search(&span.start) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The child scope whose construct starts at `span`.
    fn child(&self, span: Span) -> usize {
        self.ctx().children[&span.start]
    }

    fn enter(&mut self, scope: usize, name: Name, params: Option<&ast::Params>) {
        let s = &self.scopes.scopes[scope];
        let qualname: Rc<str> = match self.stack.last() {
            None => "<module>".into(),
            Some(parent) => match parent.kind {
                ScopeKind::Module => name.as_str().into(),
                ScopeKind::Class => format!("{}.{}", parent.qualname, name).into(),
                _ => format!("{}.<locals>.{}", parent.qualname, name).into(),
            },
        };
        let class_name = match s.kind {
            ScopeKind::Class => Some(s.name.clone()),
            _ => self.stack.last().and_then(|p| p.class_name.clone()),
        };
        let mut ctx = Ctx {
            scope,
            kind: s.kind,
            qualname,
            name,
            locals: HashMap::new(),
            local_names: Vec::new(),
            cells: HashMap::new(),
            cell_names: Vec::new(),
            own_cells: 0,
            free_from: Vec::new(),
            param_cells: Vec::new(),
            params: ir::ParamSpec::default(),
            is_generator: false,
            is_async: false,
            class_name,
            children: s
                .children
                .iter()
                .map(|&c| (self.scopes.scopes[c].span.start, c))
                .collect(),
        };
        let function_like = !matches!(s.kind, ScopeKind::Module | ScopeKind::Class);
        // Parameters take the first slots, in CPython's order.
        if let Some(p) = params {
            ctx.params = ir::ParamSpec {
                posonly: p.posonly.len(),
                positional: p.posonly.len() + p.args.len(),
                kwonly: p.kwonly.len(),
                vararg: p.vararg.is_some(),
                kwarg: p.kwarg.is_some(),
            };
            let ordered = p
                .posonly
                .iter()
                .chain(&p.args)
                .chain(&p.kwonly)
                .chain(&p.vararg)
                .chain(&p.kwarg);
            for param in ordered {
                add_local(&mut ctx, &param.name.name);
            }
        }
        if let ScopeKind::Comprehension(_) = s.kind {
            ctx.params.positional = 1;
            add_local(&mut ctx, ".0");
        }
        for sym in &s.symbols {
            match sym.binding {
                Binding::Local if function_like => {
                    add_local(&mut ctx, &sym.name);
                }
                Binding::Cell => {
                    let i = ctx.cell_names.len() as u32;
                    ctx.cells.insert(sym.name.clone(), i);
                    ctx.cell_names.push(Name::new(&sym.name));
                    if let Some(&slot) = ctx.locals.get(&sym.name) {
                        ctx.param_cells.push((slot, i));
                    }
                }
                _ => {}
            }
        }
        // A class always offers `__class__` to its methods (zero-argument
        // super() and `__class__` read it).
        if s.kind == ScopeKind::Class && !ctx.cells.contains_key("__class__") {
            ctx.cells
                .insert("__class__".into(), ctx.cell_names.len() as u32);
            ctx.cell_names.push(Name::new("__class__"));
        }
        ctx.own_cells = ctx.cell_names.len();
        for sym in &s.symbols {
            if sym.binding == Binding::Free {
                let i = ctx.cell_names.len() as u32;
                ctx.cells.insert(sym.name.clone(), i);
                ctx.cell_names.push(Name::new(&sym.name));
                let from = self
                    .stack
                    .last()
                    .and_then(|p| p.cells.get(&sym.name).copied())
                    .unwrap_or(0);
                ctx.free_from.push(from);
            }
        }
        self.stack.push(ctx);
    }

    fn leave(
        &mut self,
        kind: CodeKind,
        body: Vec<ir::Stmt>,
        line: u32,
        doc: Option<Value>,
    ) -> ir::Code {
        let ctx = self.stack.pop().expect("a scope");
        ir::Code {
            kind,
            name: ctx.name,
            qualname: ctx.qualname,
            file: self.file.clone(),
            line,
            params: ctx.params,
            local_names: ctx.local_names,
            cell_names: ctx.cell_names,
            own_cells: ctx.own_cells,
            free_from: ctx.free_from,
            param_cells: ctx.param_cells,
            body,
            is_generator: ctx.is_generator,
            is_async: ctx.is_async,
            doc,
        }
    }

    fn mangled(&self, name: &Rc<str>) -> Rc<str> {
        match &self.ctx().class_name {
            Some(class) => mangle(class, name).unwrap_or_else(|| name.clone()),
            None => name.clone(),
        }
    }

    fn binding(&self, name: &str) -> Binding {
        let s = &self.scopes.scopes[self.ctx().scope];
        s.symbol(name)
            .map_or(Binding::GlobalImplicit, |sym| sym.binding)
    }

    fn load(&self, name: &Rc<str>) -> ir::ExprKind {
        let name = self.mangled(name);
        let ctx = self.ctx();
        let binding = self.binding(&name);
        match ctx.kind {
            ScopeKind::Module => ir::ExprKind::Global(Name::new(&name), Default::default()),
            ScopeKind::Class => match binding {
                Binding::GlobalExplicit => {
                    ir::ExprKind::Global(Name::new(&name), Default::default())
                }
                Binding::Free => ir::ExprKind::ClassCell(Name::new(&name), ctx.cells[&name]),
                _ => ir::ExprKind::ClassName(Name::new(&name)),
            },
            _ => match binding {
                Binding::Local => ir::ExprKind::Local(ctx.locals[&name]),
                Binding::Cell | Binding::Free => ir::ExprKind::Cell(ctx.cells[&name]),
                _ => ir::ExprKind::Global(Name::new(&name), Default::default()),
            },
        }
    }

    fn store_name(&self, name: &Rc<str>) -> Target {
        let name = self.mangled(name);
        let ctx = self.ctx();
        let binding = self.binding(&name);
        match ctx.kind {
            ScopeKind::Module => Target::Global(Name::new(&name)),
            ScopeKind::Class => match binding {
                Binding::GlobalExplicit => Target::Global(Name::new(&name)),
                Binding::Free => Target::Cell(ctx.cells[&name]),
                _ => Target::ClassName(Name::new(&name)),
            },
            _ => match binding {
                Binding::Local => Target::Local(ctx.locals[&name]),
                Binding::Cell | Binding::Free => Target::Cell(ctx.cells[&name]),
                _ => Target::Global(Name::new(&name)),
            },
        }
    }

    fn body(&mut self, stmts: &[ast::Stmt]) -> Vec<ir::Stmt> {
        stmts.iter().filter_map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, stmt: &ast::Stmt) -> Option<ir::Stmt> {
        use ir::StmtKind as S;
        let line = self.line(stmt.span);
        let kind = match &stmt.kind {
            StmtKind::Expr(e) if self.interactive && self.ctx().kind == ScopeKind::Module => {
                S::Display(self.expr(e))
            }
            StmtKind::Expr(e) => S::Expr(self.expr(e)),
            StmtKind::Assign { targets, value } => {
                let value = self.expr(value);
                S::Assign(targets.iter().map(|t| self.target(t)).collect(), value)
            }
            StmtKind::AugAssign { target, op, value } => {
                let value = self.expr(value);
                S::AugAssign(self.target(target), *op, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let at_top = matches!(self.ctx().kind, ScopeKind::Module | ScopeKind::Class);
                let mut out = Vec::new();
                if let Some(v) = value {
                    let v = self.expr(v);
                    out.push(S::Assign(vec![self.target(target)], v));
                }
                if let (true, true, ExprKind::Name(n)) = (at_top, *simple, &target.kind) {
                    out.push(S::Annotate {
                        name: Name::new(&self.mangled(n)),
                        annotation: self.annotation(annotation),
                    });
                }
                match out.len() {
                    0 => S::Pass,
                    1 => out.pop().expect("one"),
                    _ => {
                        // Value first, then the annotation, as CPython does.
                        let stmts = out.into_iter().map(|kind| mk_stmt(kind, line)).collect();
                        S::If(const_expr(Value::Bool(true), stmt.span), stmts, Vec::new())
                    }
                }
            }
            StmtKind::Del(targets) => S::Delete(targets.iter().map(|t| self.target(t)).collect()),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => S::Pass,
            StmtKind::Break => S::Break,
            StmtKind::Continue => S::Continue,
            StmtKind::Return(v) => S::Return(v.as_ref().map(|v| self.expr(v))),
            StmtKind::Raise { exc, cause } => S::Raise(
                exc.as_ref().map(|e| self.expr(e)),
                cause.as_ref().map(|e| self.expr(e)),
            ),
            StmtKind::Assert { test, msg } => {
                S::Assert(self.expr(test), msg.as_ref().map(|m| self.expr(m)))
            }
            StmtKind::Import(aliases) => S::Import(
                aliases
                    .iter()
                    .map(|a| {
                        let (bound, bind_top) = match &a.asname {
                            Some(asname) => (&asname.name, false),
                            None => (&a.name.parts[0].name, true),
                        };
                        ir::ImportName {
                            module: a.name.dotted().into(),
                            target: self.store_name(bound),
                            bind_top,
                        }
                    })
                    .collect(),
            ),
            StmtKind::ImportFrom {
                module,
                level,
                names,
                star,
            } => {
                let module: Rc<str> = module.as_ref().map_or("".into(), |m| m.dotted().into());
                if *star {
                    S::ImportStar {
                        module,
                        level: *level,
                    }
                } else {
                    S::ImportFrom {
                        module,
                        level: *level,
                        names: names
                            .iter()
                            .map(|a| {
                                let bound = a.asname.as_ref().unwrap_or(&a.name.parts[0]);
                                (Name::new(&a.name.dotted()), self.store_name(&bound.name))
                            })
                            .collect(),
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                S::If(self.expr(test), self.body(body), self.body(orelse))
            }
            StmtKind::While { test, body, orelse } => {
                S::While(self.expr(test), self.body(body), self.body(orelse))
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                let iter = self.expr(iter);
                S::For {
                    target: self.target(target),
                    iter,
                    body: self.body(body),
                    orelse: self.body(orelse),
                    is_async: *is_async,
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => S::Try(Box::new(ir::Try {
                body: self.body(body),
                handlers: handlers
                    .iter()
                    .map(|h| ir::Handler {
                        typ: h.typ.as_ref().map(|t| self.expr(t)),
                        name: h.name.as_ref().map(|n| self.store_name(&n.name)),
                        body: self.body(&h.body),
                        line: self.line(h.span),
                    })
                    .collect(),
                orelse: self.body(orelse),
                finalbody: self.body(finalbody),
                star: *star,
            })),
            StmtKind::With {
                is_async,
                items,
                body,
            } => S::With {
                items: items
                    .iter()
                    .map(|i| {
                        let ctx = self.expr(&i.context);
                        (ctx, i.target.as_ref().map(|t| self.target(t)))
                    })
                    .collect(),
                body: self.body(body),
                is_async: *is_async,
            },
            StmtKind::FunctionDef(f) => {
                let decorators = f.decorators.iter().map(|d| self.expr(d)).collect();
                let def = self.function(
                    &f.params,
                    f.name.span,
                    Name::new(&f.name.name),
                    FnBody::Def {
                        body: &f.body,
                        returns: f.returns.as_ref(),
                        is_async: f.is_async,
                    },
                    self.line(stmt.span),
                );
                S::FunctionDef {
                    def,
                    decorators,
                    target: self.store_name(&f.name.name),
                }
            }
            StmtKind::ClassDef(c) => {
                let decorators = c.decorators.iter().map(|d| self.expr(d)).collect();
                let mut bases = Vec::new();
                let mut keywords = Vec::new();
                for arg in &c.args {
                    match arg {
                        ast::Arg::Positional(e) => bases.push(self.expr(e)),
                        ast::Arg::Star(e) => {
                            let inner = self.expr(e);
                            bases.push(wrap(ir::ExprKind::Starred(Box::new(inner)), e.span))
                        }
                        ast::Arg::Keyword(k, e) => {
                            keywords.push((Some(Name::new(&k.name)), self.expr(e)))
                        }
                        ast::Arg::DoubleStar(e) => keywords.push((None, self.expr(e))),
                    }
                }
                let scope = self.child(c.name.span);
                self.enter(scope, Name::new(&c.name.name), None);
                let body = self.body(&c.body);
                let code = self.leave(CodeKind::Class, body, line, docstring(&c.body));
                S::ClassDef(Box::new(ir::ClassDef {
                    name: Name::new(&c.name.name),
                    code: Rc::new(code),
                    bases,
                    keywords,
                    decorators,
                    target: self.store_name(&c.name.name),
                }))
            }
            StmtKind::Match { subject, cases } => S::Match(
                self.expr(subject),
                cases
                    .iter()
                    .map(|c| ir::MatchCase {
                        pattern: self.pattern(&c.pattern),
                        guard: c.guard.as_ref().map(|g| self.expr(g)),
                        body: self.body(&c.body),
                    })
                    .collect(),
            ),
            StmtKind::Error => return None,
        };
        Some(mk_stmt(kind, line))
    }

    fn function(
        &mut self,
        params: &ast::Params,
        span: Span,
        name: Name,
        body: FnBody,
        line: u32,
    ) -> Rc<ir::FuncDef> {
        let defaults = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .map(|d| self.expr(d))
            .collect();
        let kwdefaults = params
            .kwonly
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.default.as_ref().map(|d| (i, d)))
            .map(|(i, d)| (i, self.expr(d)))
            .collect();
        let mut annotations = Vec::new();
        // CPython's order: regular parameters before positional-only ones.
        let ordered = params
            .args
            .iter()
            .chain(&params.posonly)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg);
        for p in ordered {
            if let Some(a) = &p.annotation {
                annotations.push((Name::new(&p.name.name), self.annotation(a)));
            }
        }
        let (returns, is_async) = match body {
            FnBody::Def {
                returns, is_async, ..
            } => (returns, is_async),
            FnBody::Lambda(_) => (None, false),
        };
        if let Some(r) = returns {
            annotations.push((Name::new("return"), self.annotation(r)));
        }
        let scope = self.child(span);
        self.enter(scope, name, Some(params));
        self.ctx_mut().is_async = is_async;
        let (kind, body, doc) = match body {
            FnBody::Def { body: stmts, .. } => {
                (CodeKind::Function, self.body(stmts), docstring(stmts))
            }
            FnBody::Lambda(e) => {
                let e = self.expr(e);
                let line = self.line(e.span);
                let ret = mk_stmt(ir::StmtKind::Return(Some(e)), line);
                (CodeKind::Lambda, vec![ret], None)
            }
        };
        let code = self.leave(kind, body, line, doc);
        Rc::new(ir::FuncDef {
            code: Rc::new(code),
            defaults,
            kwdefaults,
            annotations,
        })
    }

    fn target(&mut self, t: &ast::Expr) -> Target {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                Target::Attr(self.expr(value), Name::new(&self.mangled(&attr.name)))
            }
            ExprKind::Subscript { value, index } => {
                Target::Subscript(self.expr(value), self.expr(index))
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                Target::Unpack(items.iter().map(|i| self.target(i)).collect(), star)
            }
            ExprKind::Starred(inner) => self.target(inner),
            // Rejected by the checks before lowering; unreachable in practice.
            _ => Target::Unpack(Vec::new(), None),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) -> ir::Pattern {
        use ast::PatternKind as P;
        match &p.kind {
            P::Value(e) => ir::Pattern::Value(self.expr(e)),
            P::Singleton(c) => ir::Pattern::Singleton(constant(c)),
            P::Sequence(items) => {
                ir::Pattern::Sequence(items.iter().map(|i| self.pattern(i)).collect())
            }
            P::Star(name) => ir::Pattern::Star(name.as_ref().map(|n| self.store_name(&n.name))),
            P::Mapping {
                keys,
                patterns,
                rest,
            } => ir::Pattern::Mapping {
                keys: keys.iter().map(|k| self.expr(k)).collect(),
                patterns: patterns.iter().map(|i| self.pattern(i)).collect(),
                rest: rest.as_ref().map(|n| self.store_name(&n.name)),
            },
            P::Class {
                cls,
                patterns,
                kwd_names,
                kwd_patterns,
            } => ir::Pattern::Class {
                cls: self.expr(cls),
                patterns: patterns.iter().map(|i| self.pattern(i)).collect(),
                keywords: kwd_names
                    .iter()
                    .zip(kwd_patterns)
                    .map(|(n, p)| (Name::new(&n.name), self.pattern(p)))
                    .collect(),
            },
            P::As { pattern, name } => ir::Pattern::As(
                pattern.as_ref().map(|p| Box::new(self.pattern(p))),
                name.as_ref().map(|n| self.store_name(&n.name)),
            ),
            P::Or(items) => ir::Pattern::Or(items.iter().map(|i| self.pattern(i)).collect()),
        }
    }

    fn exprs(&mut self, items: &[ast::Expr]) -> Vec<ir::Expr> {
        items.iter().map(|e| self.expr(e)).collect()
    }

    fn boxed(&mut self, e: &ast::Expr) -> Box<ir::Expr> {
        Box::new(self.expr(e))
    }

    fn expr(&mut self, e: &ast::Expr) -> ir::Expr {
        use ir::ExprKind as E;
        if let Some((kind, generators, elts)) = visit::as_comprehension(e) {
            return self.comprehension(kind, e.span, generators, &elts);
        }
        let kind = match &e.kind {
            ExprKind::Name(n) => self.load(n),
            ExprKind::Constant(c) => E::Const(constant(c)),
            ExprKind::JoinedStr(parts) => E::FString(self.fparts(parts)),
            ExprKind::Tuple(items) => {
                if let Some(v) = constant_tuple(items) {
                    E::Const(v)
                } else {
                    E::Tuple(self.exprs(items))
                }
            }
            ExprKind::List(items) => E::List(self.exprs(items)),
            ExprKind::Set(items) => E::Set(self.exprs(items)),
            ExprKind::Dict(items) => E::Dict(
                items
                    .iter()
                    .map(|i| match i {
                        ast::DictItem::Pair(k, v) => (Some(self.expr(k)), self.expr(v)),
                        ast::DictItem::Unpack(v) => (None, self.expr(v)),
                    })
                    .collect(),
            ),
            ExprKind::Starred(v) => E::Starred(self.boxed(v)),
            ExprKind::Attribute { value, attr } => {
                E::Attr(self.boxed(value), Name::new(&self.mangled(&attr.name)))
            }
            ExprKind::Subscript { value, index } => {
                E::Subscript(self.boxed(value), self.boxed(index))
            }
            ExprKind::Slice { lower, upper, step } => E::Slice(
                lower.as_ref().map(|x| self.boxed(x)),
                upper.as_ref().map(|x| self.boxed(x)),
                step.as_ref().map(|x| self.boxed(x)),
            ),
            ExprKind::Call { func, args } => return self.call(e.span, func, args),
            ExprKind::BinOp { op, left, right } => {
                let (left, right) = (self.boxed(left), self.boxed(right));
                match (&left.kind, &right.kind) {
                    (E::Local(slot), E::Const(Value::Int(k)))
                        if matches!(op, ast::BinOp::Add | ast::BinOp::Sub | ast::BinOp::Mul) =>
                    {
                        E::LocalOpInt(*op, *slot, *k)
                    }
                    _ => E::Binary(*op, left, right),
                }
            }
            ExprKind::UnaryOp { op, operand } => E::Unary(*op, self.boxed(operand)),
            ExprKind::BoolOp { op, values } => {
                let mut items: Vec<ir::Expr> = self.exprs(values);
                let mut acc = items.pop().expect("two operands");
                while let Some(prev) = items.pop() {
                    let span = prev.span.to(acc.span);
                    let k = match op {
                        ast::BoolOp::And => E::And(Box::new(prev), Box::new(acc)),
                        ast::BoolOp::Or => E::Or(Box::new(prev), Box::new(acc)),
                    };
                    acc = wrap(k, span);
                }
                return ir::Expr {
                    span: e.span,
                    ..acc
                };
            }
            ExprKind::Compare { left, ops } => {
                let left = self.boxed(left);
                let ops: Vec<(ast::CmpOp, ir::Expr)> =
                    ops.iter().map(|(op, v)| (*op, self.expr(v))).collect();
                match (&left.kind, ops.as_slice()) {
                    (
                        E::Local(slot),
                        [(
                            op,
                            ir::Expr {
                                kind: E::Const(Value::Int(k)),
                                ..
                            },
                        )],
                    ) if !matches!(
                        op,
                        ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn
                    ) =>
                    {
                        E::LocalCmpInt(*op, *slot, *k)
                    }
                    _ => E::Compare(left, ops),
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                E::IfExp(self.boxed(test), self.boxed(body), self.boxed(orelse))
            }
            ExprKind::Lambda { params, body } => {
                let line = self.line(e.span);
                E::Lambda(self.function(
                    params,
                    e.span,
                    Name::new("<lambda>"),
                    FnBody::Lambda(body),
                    line,
                ))
            }
            ExprKind::NamedExpr { target, value } => {
                let value = self.boxed(value);
                E::Walrus(Box::new(self.walrus_target(&target.name)), value)
            }
            ExprKind::Await(v) => E::Await(self.boxed(v)),
            ExprKind::Yield(v) => {
                self.ctx_mut().is_generator = true;
                E::Yield(v.as_ref().map(|v| self.boxed(v)))
            }
            ExprKind::YieldFrom(v) => {
                self.ctx_mut().is_generator = true;
                E::YieldFrom(self.boxed(v))
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::DictComp { .. } => unreachable!("handled above"),
        };
        wrap(kind, e.span)
    }

    /// A walrus inside a comprehension binds in the enclosing function or
    /// module, where the comprehension sees it as free or global.
    fn walrus_target(&self, name: &Rc<str>) -> Target {
        self.store_name(name)
    }

    fn call(&mut self, span: Span, func: &ast::Expr, args: &[ast::Arg]) -> ir::Expr {
        // super() with no arguments reads the __class__ cell and the first
        // parameter.
        if let (ExprKind::Name(n), true) = (&func.kind, args.is_empty()) {
            let ctx = self.ctx();
            if &**n == "super"
                && !matches!(ctx.kind, ScopeKind::Module | ScopeKind::Class)
                && self.binding("super") == Binding::GlobalImplicit
            {
                let class_cell = ctx.cells.get("__class__").copied();
                return wrap(ir::ExprKind::Super { class_cell }, span);
            }
        }
        if let (ExprKind::Name(n), true) = (&func.kind, args.is_empty()) {
            if matches!(&**n, "locals" | "vars" | "dir")
                && self.binding(n) == Binding::GlobalImplicit
            {
                let dir = &**n == "dir";
                return wrap(ir::ExprKind::ScopeNames { dir }, span);
            }
        }
        let method = match &func.kind {
            ExprKind::Attribute { value, attr } => {
                Some((self.boxed(value), Name::new(&self.mangled(&attr.name))))
            }
            _ => None,
        };
        let f = if method.is_none() {
            Some(self.expr(func))
        } else {
            None
        };
        let mut pos = Vec::new();
        let mut kwargs = Vec::new();
        for arg in args {
            match arg {
                ast::Arg::Positional(e) => pos.push(self.expr(e)),
                ast::Arg::Star(e) => {
                    let inner = self.expr(e);
                    pos.push(wrap(ir::ExprKind::Starred(Box::new(inner)), e.span))
                }
                ast::Arg::Keyword(k, e) => kwargs.push((Some(Name::new(&k.name)), self.expr(e))),
                ast::Arg::DoubleStar(e) => kwargs.push((None, self.expr(e))),
            }
        }
        let placeholder = || wrap(ir::ExprKind::Const(Value::None), span);
        let simple = kwargs.is_empty()
            && !pos
                .iter()
                .any(|a: &ir::Expr| matches!(a.kind, ir::ExprKind::Starred(_)));
        let call = ir::Call {
            simple,
            func: f.unwrap_or_else(placeholder),
            args: pos,
            kwargs,
        };
        let kind = match method {
            Some((obj, name)) => ir::ExprKind::MethodCall(obj, name, Box::new(call)),
            None => ir::ExprKind::Call(Box::new(call)),
        };
        wrap(kind, span)
    }

    fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        span: Span,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) -> ir::Expr {
        let first_iter = self.expr(&generators[0].iter);
        let scope = self.child(span);
        self.enter(scope, Name::new(kind.scope_name()), None);
        let loops = generators
            .iter()
            .enumerate()
            .map(|(i, g)| ir::CompLoop {
                iter: (i > 0).then(|| self.expr(&g.iter)),
                target: self.target(&g.target),
                ifs: self.exprs(&g.ifs),
                is_async: g.is_async,
            })
            .collect::<Vec<ir::CompLoop>>();
        let element = self.expr(elts[0]);
        let value = elts.get(1).map(|v| self.expr(v));
        // `async for` or `await` inside: it runs as part of a coroutine (or,
        // for a generator expression, becomes an async generator).
        let is_async = loops.iter().any(|l| {
            l.is_async
                || l.iter.as_ref().is_some_and(|e| e.suspends)
                || l.ifs.iter().any(|c| c.suspends)
        }) || element.suspends
            || value.as_ref().is_some_and(|v| v.suspends);
        let ckind = match kind {
            ComprehensionKind::List => ir::CompKind::List,
            ComprehensionKind::Set => ir::CompKind::Set,
            ComprehensionKind::Dict => ir::CompKind::Dict,
            ComprehensionKind::Generator => ir::CompKind::Generator,
        };
        if ckind == ir::CompKind::Generator {
            self.ctx_mut().is_generator = true;
        }
        let line = self.line(span);
        let code = self.leave(CodeKind::Comprehension, Vec::new(), line, None);
        let comp = ir::Comprehension {
            kind: ckind,
            code: Rc::new(code),
            first_iter,
            loops,
            element,
            value,
            is_async,
        };
        let suspends = comp.first_iter.suspends || (is_async && ckind != ir::CompKind::Generator);
        ir::Expr {
            kind: ir::ExprKind::Comprehension(Rc::new(comp)),
            span,
            suspends,
        }
    }

    fn fparts(&mut self, parts: &[ast::FStringPart]) -> Vec<ir::FPart> {
        parts
            .iter()
            .map(|p| match p {
                ast::FStringPart::Literal(s) => ir::FPart::Lit(s.clone()),
                ast::FStringPart::Field(f) => ir::FPart::Field {
                    expr: self.expr(&f.expr),
                    debug: f.debug_text.clone(),
                    // `{x=}` shows the repr unless a conversion or spec says.
                    conversion: f
                        .conversion
                        .or(if f.debug_text.is_some() && f.spec.is_none() {
                            Some('r')
                        } else {
                            None
                        }),
                    spec: f.spec.as_ref().map(|s| self.fparts(s)),
                },
            })
            .collect()
    }
}

enum FnBody<'a> {
    Def {
        body: &'a [ast::Stmt],
        returns: Option<&'a ast::Expr>,
        is_async: bool,
    },
    Lambda(&'a ast::Expr),
}

fn add_local(ctx: &mut Ctx, name: &str) {
    if !ctx.locals.contains_key(name) {
        ctx.locals.insert(name.into(), ctx.local_names.len() as u32);
        ctx.local_names.push(Name::new(name));
    }
}

fn mk_stmt(kind: ir::StmtKind, line: u32) -> ir::Stmt {
    let suspends = stmt_suspends(&kind);
    ir::Stmt {
        kind,
        line,
        suspends,
    }
}

impl Lowerer<'_> {
    fn annotation(&mut self, a: &ast::Expr) -> ir::Expr {
        if self.string_annotations {
            const_expr(Value::str(super::unparse::annotation(a)), a.span)
        } else {
            self.expr(a)
        }
    }
}

fn const_expr(v: Value, span: Span) -> ir::Expr {
    wrap(ir::ExprKind::Const(v), span)
}

fn wrap(kind: ir::ExprKind, span: Span) -> ir::Expr {
    let suspends = expr_suspends(&kind);
    ir::Expr {
        kind,
        span,
        suspends,
    }
}

fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => {
            let n = BigInt::parse_bytes(b.digits.as_bytes(), b.radix).unwrap_or_default();
            Value::bigint(n)
        }
        Constant::Float(f) => Value::Float(*f),
        Constant::Imag(f) => crate::interp::complex::complex(0.0, *f),
        Constant::Str(s) => Value::str(&**s),
        Constant::Bytes(b) => Value::Bytes(Rc::new(b.to_vec())),
    }
}

/// A tuple of constants is itself a constant, as CPython folds it.
fn constant_tuple(items: &[ast::Expr]) -> Option<Value> {
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        match &i.kind {
            ExprKind::Constant(c) => out.push(constant(c)),
            _ => return None,
        }
    }
    Some(Value::tuple(out))
}

fn target_suspends(t: &Target) -> bool {
    match t {
        Target::Attr(e, _) => e.suspends,
        Target::Subscript(a, b) => a.suspends || b.suspends,
        Target::Unpack(items, _) => items.iter().any(target_suspends),
        _ => false,
    }
}

fn opt(e: &Option<Box<ir::Expr>>) -> bool {
    e.as_ref().is_some_and(|e| e.suspends)
}

fn call_suspends(c: &ir::Call) -> bool {
    c.func.suspends || c.args.iter().any(|a| a.suspends) || c.kwargs.iter().any(|(_, v)| v.suspends)
}

fn fparts_suspend(parts: &[ir::FPart]) -> bool {
    parts.iter().any(|p| match p {
        ir::FPart::Lit(_) => false,
        ir::FPart::Field { expr, spec, .. } => {
            expr.suspends || spec.as_ref().is_some_and(|s| fparts_suspend(s))
        }
    })
}

fn expr_suspends(kind: &ir::ExprKind) -> bool {
    use ir::ExprKind as E;
    match kind {
        E::Await(_) | E::Yield(_) | E::YieldFrom(_) => true,
        E::Const(_)
        | E::Local(_)
        | E::Cell(_)
        | E::Global(..)
        | E::LocalOpInt(..)
        | E::LocalCmpInt(..)
        | E::ClassName(_)
        | E::ClassCell(..)
        | E::Super { .. }
        | E::ScopeNames { .. } => false,
        E::Lambda(def) => {
            def.defaults.iter().any(|d| d.suspends)
                || def.kwdefaults.iter().any(|(_, d)| d.suspends)
        }
        E::Tuple(items) | E::List(items) | E::Set(items) => items.iter().any(|i| i.suspends),
        E::Dict(items) => items
            .iter()
            .any(|(k, v)| v.suspends || k.as_ref().is_some_and(|k| k.suspends)),
        E::Starred(v) | E::Attr(v, _) | E::Unary(_, v) => v.suspends,
        E::Subscript(a, b) | E::Binary(_, a, b) | E::And(a, b) | E::Or(a, b) => {
            a.suspends || b.suspends
        }
        E::Slice(a, b, c) => opt(a) || opt(b) || opt(c),
        E::Call(c) => call_suspends(c),
        E::MethodCall(o, _, c) => o.suspends || call_suspends(c),
        E::Compare(l, ops) => l.suspends || ops.iter().any(|(_, v)| v.suspends),
        E::IfExp(a, b, c) => a.suspends || b.suspends || c.suspends,
        E::Walrus(t, v) => target_suspends(t) || v.suspends,
        E::Comprehension(c) => {
            c.first_iter.suspends || (c.is_async && c.kind != ir::CompKind::Generator)
        }
        E::FString(parts) => fparts_suspend(parts),
    }
}

fn block_suspends(stmts: &[ir::Stmt]) -> bool {
    stmts.iter().any(|s| s.suspends)
}

fn pattern_suspends(p: &ir::Pattern) -> bool {
    match p {
        ir::Pattern::Value(e) => e.suspends,
        ir::Pattern::Class { cls, .. } => cls.suspends,
        ir::Pattern::Mapping { keys, .. } => keys.iter().any(|k| k.suspends),
        _ => false,
    }
}

fn stmt_suspends(kind: &ir::StmtKind) -> bool {
    use ir::StmtKind as S;
    match kind {
        S::Expr(e) | S::Display(e) => e.suspends,
        S::Assign(ts, v) => v.suspends || ts.iter().any(target_suspends),
        S::AugAssign(t, _, v) => v.suspends || target_suspends(t),
        S::Annotate { annotation, .. } => annotation.suspends,
        S::Delete(ts) => ts.iter().any(target_suspends),
        S::Pass
        | S::Break
        | S::Continue
        | S::Import(_)
        | S::ImportFrom { .. }
        | S::ImportStar { .. } => false,
        S::Return(v) => v.as_ref().is_some_and(|v| v.suspends),
        S::Raise(a, b) => {
            a.as_ref().is_some_and(|v| v.suspends) || b.as_ref().is_some_and(|v| v.suspends)
        }
        S::Assert(a, b) => a.suspends || b.as_ref().is_some_and(|v| v.suspends),
        S::If(t, a, b) | S::While(t, a, b) => t.suspends || block_suspends(a) || block_suspends(b),
        S::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => {
            *is_async
                || iter.suspends
                || target_suspends(target)
                || block_suspends(body)
                || block_suspends(orelse)
        }
        S::Try(t) => {
            block_suspends(&t.body)
                || block_suspends(&t.orelse)
                || block_suspends(&t.finalbody)
                || t.handlers
                    .iter()
                    .any(|h| block_suspends(&h.body) || h.typ.as_ref().is_some_and(|e| e.suspends))
        }
        S::With {
            items,
            body,
            is_async,
        } => {
            *is_async
                || block_suspends(body)
                || items
                    .iter()
                    .any(|(e, t)| e.suspends || t.as_ref().is_some_and(target_suspends))
        }
        S::FunctionDef {
            def, decorators, ..
        } => {
            decorators.iter().any(|d| d.suspends)
                || def.defaults.iter().any(|d| d.suspends)
                || def.kwdefaults.iter().any(|(_, d)| d.suspends)
        }
        S::ClassDef(c) => {
            c.bases.iter().chain(&c.decorators).any(|e| e.suspends)
                || c.keywords.iter().any(|(_, e)| e.suspends)
        }
        S::Match(subject, cases) => {
            subject.suspends
                || cases.iter().any(|c| {
                    block_suspends(&c.body)
                        || c.guard.as_ref().is_some_and(|g| g.suspends)
                        || pattern_suspends(&c.pattern)
                })
        }
    }
}
