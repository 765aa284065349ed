//! Scope analysis: for every scope of a module (module, class, function,
//! lambda, comprehension), every name it mentions and how it binds — local,
//! a cell its inner functions share, free (from an enclosing function), or
//! global. This is CPython's symtable, in two passes as CPython does it:
//! `Collector` records what each scope does with each name, in source
//! order (so that `global x` after `x = 1` is caught); `resolve` then
//! decides bindings from the outside in. Slot numbers come from here.

use std::collections::HashMap;
use std::rc::Rc;

use crate::syntax::ast::*;
use crate::syntax::visit::{self, ComprehensionKind};
use crate::syntax::SyntaxError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// A comprehension runs in a function scope of its own.
    Comprehension(ComprehensionKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Never bound here nor in an enclosing function: module, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Local, and shared with inner functions that use it.
    Cell,
}

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const USED: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
/// An iteration variable of a comprehension (walrus may not rebind it).
const ITER_VAR: u8 = 32;

#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: Rc<str>,
    flags: u8,
    pub binding: Binding,
    /// The `nonlocal` statement that declared it, for errors.
    declared_at: Span,
}

impl Symbol {
    pub fn is_param(&self) -> bool {
        self.flags & PARAM != 0
    }
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Rc<str>,
    /// Where the scope's construct starts (its `def` or `class` name, the
    /// lambda or the comprehension).
    pub span: Span,
    /// In order of first mention.
    pub symbols: Vec<Symbol>,
    index: HashMap<Rc<str>, usize>,
    pub children: Vec<usize>,
    parent: Option<usize>,
}

impl Scope {
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn is_function_like(&self) -> bool {
        !matches!(self.kind, ScopeKind::Module | ScopeKind::Class)
    }
}

/// Every scope of a module; index 0 is the module.
#[derive(Debug)]
pub struct Scopes {
    pub scopes: Vec<Scope>,
}

/// Analyses a module's scopes, with CPython's errors for declarations that
/// contradict each other (`name 'x' is assigned to before global declaration`).
pub fn analyze(module: &Module) -> (Scopes, Vec<SyntaxError>) {
    let mut c = Collector {
        scopes: Vec::new(),
        current: 0,
        errors: Vec::new(),
        class_name: None,
        string_annotations: super::future_annotations(&module.body),
    };
    c.push(ScopeKind::Module, "top".into(), Span::default());
    c.body(&module.body);
    let mut scopes = Scopes { scopes: c.scopes };
    let mut errors = c.errors;
    resolve(&mut scopes, 0, &[], &mut errors);
    errors.sort_by_key(|e| e.span.start);
    (scopes, errors)
}

struct Collector {
    scopes: Vec<Scope>,
    current: usize,
    errors: Vec<SyntaxError>,
    /// The innermost enclosing class, whose name mangles `__private` names.
    class_name: Option<Rc<str>>,
    /// Under `from __future__ import annotations` annotations are strings:
    /// their names bind nothing in the scopes around them (CPython gives
    /// them annotation blocks of their own).
    string_annotations: bool,
}

impl Collector {
    fn annotation(&mut self, a: &Expr) {
        if !self.string_annotations {
            self.expr(a);
        }
    }

    fn push(&mut self, kind: ScopeKind, name: Rc<str>, span: Span) -> usize {
        let id = self.scopes.len();
        let parent = (id > 0).then_some(self.current);
        self.scopes.push(Scope {
            kind,
            name,
            span,
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            parent,
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        id
    }

    /// Runs `f` inside a new scope.
    fn nested(&mut self, kind: ScopeKind, name: Rc<str>, span: Span, f: impl FnOnce(&mut Self)) {
        let id = self.push(kind, name, span);
        let outer = std::mem::replace(&mut self.current, id);
        f(self);
        self.current = outer;
    }

    fn flags(&self, scope: usize, name: &str) -> u8 {
        let s = &self.scopes[scope];
        s.index.get(name).map_or(0, |&i| s.symbols[i].flags)
    }

    fn add_in(&mut self, scope: usize, name: &Rc<str>, flag: u8) {
        let mangled = self
            .class_name
            .as_deref()
            .and_then(|class| mangle(class, name));
        let name = mangled.as_ref().unwrap_or(name);
        let s = &mut self.scopes[scope];
        match s.index.get(name) {
            Some(&i) => s.symbols[i].flags |= flag,
            None => {
                s.index.insert(name.clone(), s.symbols.len());
                s.symbols.push(Symbol {
                    name: name.clone(),
                    flags: flag,
                    binding: Binding::GlobalImplicit,
                    declared_at: Span::default(),
                });
            }
        }
    }

    fn add(&mut self, name: &Rc<str>, flag: u8) {
        self.add_in(self.current, name, flag);
    }

    fn body(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    fn declare(&mut self, names: &[Ident], global: bool, statement: Span) {
        let (what, flag, other) = if global {
            ("global", GLOBAL, NONLOCAL)
        } else {
            ("nonlocal", NONLOCAL, GLOBAL)
        };
        for id in names {
            let flags = self.flags(self.current, &id.name);
            let earlier = {
                let s = &self.scopes[self.current];
                s.index
                    .get(&id.name)
                    .map_or(statement, |&i| s.symbols[i].declared_at)
            };
            // CPython places these at the statement; a clash of two
            // declarations at the first of them.
            let problem = if flags & PARAM != 0 {
                Some((
                    format!("name '{}' is parameter and {what}", id.name),
                    statement,
                ))
            } else if flags & other != 0 {
                Some((
                    format!("name '{}' is nonlocal and global", id.name),
                    earlier,
                ))
            } else if flags & ASSIGNED != 0 {
                Some((
                    format!(
                        "name '{}' is assigned to before {what} declaration",
                        id.name
                    ),
                    statement,
                ))
            } else if flags & USED != 0 {
                Some((
                    format!("name '{}' is used prior to {what} declaration", id.name),
                    statement,
                ))
            } else {
                None
            };
            if let Some((message, at)) = problem {
                self.errors.push(SyntaxError::new(message, at));
            }
            self.add(&id.name, flag);
            if global {
                // CPython records every `global` in the module's table too.
                self.add_in(0, &id.name, GLOBAL);
            }
            let s = &mut self.scopes[self.current];
            let i = s.index[&id.name];
            s.symbols[i].declared_at = statement;
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.store(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.store(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (ExprKind::Name(name), true) = (&target.kind, *simple) {
                    let flags = self.flags(self.current, name);
                    if flags & (GLOBAL | NONLOCAL) != 0 {
                        let what = if flags & GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        let message = format!("annotated name '{name}' can't be {what}");
                        self.errors.push(SyntaxError::new(message, target.span));
                    }
                }
                self.annotation(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
                self.store(target);
            }
            StmtKind::Del(targets) => targets.iter().for_each(|t| self.store(t)),
            StmtKind::Return(v) => v.iter().for_each(|v| self.expr(v)),
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| self.expr(e)),
            StmtKind::Assert { test, msg } => {
                std::iter::once(test).chain(msg).for_each(|e| self.expr(e))
            }
            StmtKind::Global(names) => self.declare(names, true, stmt.span),
            StmtKind::Nonlocal(names) => self.declare(names, false, stmt.span),
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name.parts[0]);
                    self.add(&bound.name, ASSIGNED);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name.parts[0]);
                    self.add(&bound.name, ASSIGNED);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.store(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.name, ASSIGNED);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.store(t);
                    }
                }
                self.body(body);
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                visit::defaults(&f.params).for_each(|d| self.expr(d));
                visit::annotations(&f.params).for_each(|a| self.annotation(a));
                if let Some(r) = &f.returns {
                    self.annotation(r);
                }
                self.add(&f.name.name, ASSIGNED);
                self.nested(ScopeKind::Function, f.name.name.clone(), f.name.span, |c| {
                    c.params(&f.params);
                    c.body(&f.body);
                });
            }
            StmtKind::ClassDef(class) => {
                class.decorators.iter().for_each(|d| self.expr(d));
                class
                    .args
                    .iter()
                    .for_each(|a| self.expr(visit::arg_value(a)));
                self.add(&class.name.name, ASSIGNED);
                let outer = self.class_name.replace(class.name.name.clone());
                self.nested(
                    ScopeKind::Class,
                    class.name.name.clone(),
                    class.name.span,
                    |c| c.body(&class.body),
                );
                self.class_name = outer;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.body(&case.body);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Error => {}
        }
    }

    fn params(&mut self, p: &Params) {
        for param in visit::all_params(p) {
            self.add(&param.name.name, PARAM);
        }
    }

    /// A target being bound (or deleted).
    fn store(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name(name) => self.add(name, ASSIGNED),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|t| self.store(t))
            }
            ExprKind::Starred(inner) => self.store(inner),
            _ => self.expr(target),
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter().for_each(|i| self.pattern(i))
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.add(&n.name, ASSIGNED);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|i| self.pattern(i));
                if let Some(n) = rest {
                    self.add(&n.name, ASSIGNED);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .for_each(|i| self.pattern(i));
            }
            PatternKind::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner);
                }
                if let Some(n) = name {
                    self.add(&n.name, ASSIGNED);
                }
            }
        }
    }

    /// A comprehension: its first iterable is evaluated outside, the rest
    /// in a function scope of its own whose one parameter is `.0`.
    fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        span: Span,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) {
        self.expr(&generators[0].iter);
        self.nested(
            ScopeKind::Comprehension(kind),
            kind.scope_name().into(),
            span,
            |c| {
                c.add(&Rc::from(".0"), PARAM);
                for (i, g) in generators.iter().enumerate() {
                    if i > 0 {
                        c.expr(&g.iter);
                    }
                    c.comprehension_target(&g.target);
                    g.ifs.iter().for_each(|e| c.expr(e));
                }
                elts.iter().for_each(|e| c.expr(e));
            },
        );
    }

    fn comprehension_target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name(name) => self.add(name, ASSIGNED | ITER_VAR),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|t| self.comprehension_target(t))
            }
            ExprKind::Starred(inner) => self.comprehension_target(inner),
            _ => self.expr(target),
        }
    }

    /// `name := value` inside comprehensions binds in the nearest enclosing
    /// scope that is not a comprehension.
    fn walrus(&mut self, target: &Ident) {
        if !matches!(self.scopes[self.current].kind, ScopeKind::Comprehension(_)) {
            self.add(&target.name, ASSIGNED);
            return;
        }
        let mut scope = self.current;
        while let ScopeKind::Comprehension(_) = self.scopes[scope].kind {
            if self.flags(scope, &target.name) & ITER_VAR != 0 {
                let message = format!(
                    "assignment expression cannot rebind comprehension iteration variable '{}'",
                    target.name
                );
                self.errors.push(SyntaxError::new(message, target.span));
                return;
            }
            scope = self.scopes[scope].parent.unwrap_or(0);
        }
        if self.scopes[scope].kind == ScopeKind::Class {
            let message =
                "assignment expression within a comprehension cannot be used in a class body";
            self.errors.push(SyntaxError::new(message, target.span));
            return;
        }
        // As CPython: the comprehension declares the name global (landing
        // in the module) or nonlocal (landing in a function), which binds it.
        let landing_is_module = self.scopes[scope].kind == ScopeKind::Module;
        self.add(
            &target.name,
            if landing_is_module { GLOBAL } else { NONLOCAL },
        );
        let landing_flags = if landing_is_module {
            ASSIGNED | GLOBAL
        } else {
            ASSIGNED
        };
        self.add_in(scope, &target.name, landing_flags);
    }

    fn expr(&mut self, e: &Expr) {
        if let Some((kind, generators, elts)) = visit::as_comprehension(e) {
            return self.comprehension(kind, e.span, generators, &elts);
        }
        match &e.kind {
            ExprKind::Name(name) => {
                self.add(name, USED);
                // super() needs the class it was defined in: __class__.
                if &**name == "super" && self.scopes[self.current].is_function_like() {
                    self.add(&Rc::from("__class__"), USED);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.walrus(target);
            }
            ExprKind::Lambda { params, body } => {
                visit::defaults(params).for_each(|d| self.expr(d));
                self.nested(ScopeKind::Lambda, "lambda".into(), e.span, |c| {
                    c.params(params);
                    c.expr(body);
                });
            }
            _ => visit::each_child(e, |c| self.expr(c)),
        }
    }
}

/// Python's private name mangling: inside class `Spam`, `__eggs` is
/// `_Spam__eggs` (not dunders, not dotted names, not if the class name is
/// all underscores).
pub fn mangle(class: &str, name: &str) -> Option<Rc<str>> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return None;
    }
    Some(format!("_{class}{name}").into())
}

/// Decides bindings, outside in. `bound` holds the names bound in the
/// enclosing functions (visible to this scope as free variables). Returns
/// the free names this scope needs from outside.
fn resolve(
    scopes: &mut Scopes,
    id: usize,
    bound: &[Rc<str>],
    errors: &mut Vec<SyntaxError>,
) -> Vec<Rc<str>> {
    let kind = scopes.scopes[id].kind;
    let mut free: Vec<Rc<str>> = Vec::new();
    for sym in &mut scopes.scopes[id].symbols {
        sym.binding = if sym.flags & GLOBAL != 0 {
            Binding::GlobalExplicit
        } else if sym.flags & NONLOCAL != 0 {
            // (At module level the checks already refuse `nonlocal` itself.)
            if kind != ScopeKind::Module && !bound.contains(&sym.name) {
                let message = format!("no binding for nonlocal '{}' found", sym.name);
                errors.push(SyntaxError::new(message, sym.declared_at));
            }
            free.push(sym.name.clone());
            Binding::Free
        } else if sym.flags & (ASSIGNED | PARAM) != 0 {
            Binding::Local
        } else if kind != ScopeKind::Module && bound.contains(&sym.name) {
            free.push(sym.name.clone());
            Binding::Free
        } else if kind == ScopeKind::Class && &*sym.name == "__class__" {
            Binding::Local
        } else {
            Binding::GlobalImplicit
        };
    }
    // What inner scopes see as bound: this function's locals join the
    // enclosing ones; a class's names are invisible to its methods, except
    // the implicit __class__ cell.
    let mut inner_bound: Vec<Rc<str>> = bound.to_vec();
    let scope = &scopes.scopes[id];
    match kind {
        ScopeKind::Module => inner_bound.clear(),
        ScopeKind::Class => inner_bound.push("__class__".into()),
        _ => {
            for sym in &scope.symbols {
                if sym.binding == Binding::Local && !inner_bound.contains(&sym.name) {
                    inner_bound.push(sym.name.clone());
                }
            }
            // A global declaration here hides an enclosing binding.
            inner_bound.retain(|n| {
                scope
                    .symbol(n)
                    .is_none_or(|s| s.binding != Binding::GlobalExplicit)
            });
        }
    }
    let children = scopes.scopes[id].children.clone();
    let mut needed: Vec<Rc<str>> = Vec::new();
    for child in children {
        for name in resolve(scopes, child, &inner_bound, errors) {
            if !needed.contains(&name) {
                needed.push(name);
            }
        }
    }
    let scope = &mut scopes.scopes[id];
    for name in needed {
        match scope.index.get(&name).copied() {
            // An inner function uses one of our locals: it becomes a cell.
            Some(i) if scope.symbols[i].binding == Binding::Local && kind != ScopeKind::Class => {
                scope.symbols[i].binding = Binding::Cell;
            }
            Some(_) if kind == ScopeKind::Class && &*name == "__class__" => {}
            // Already free here, so already passed outward.
            Some(i) if scope.symbols[i].binding == Binding::Free => {}
            None if kind == ScopeKind::Class && &*name == "__class__" => {}
            // Passing through: free here too, on its way to the inner scope
            // (a class keeps its own binding of the same name).
            _ if kind != ScopeKind::Module && bound.contains(&name) => {
                if !scope.index.contains_key(&name) {
                    scope.index.insert(name.clone(), scope.symbols.len());
                    scope.symbols.push(Symbol {
                        name: name.clone(),
                        flags: 0,
                        binding: Binding::Free,
                        declared_at: Span::default(),
                    });
                }
                if !free.contains(&name) {
                    free.push(name);
                }
            }
            _ => {}
        }
    }
    free
}
