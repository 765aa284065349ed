//! SyntaxErrors CPython raises while compiling, not while parsing: starred
//! targets out of place, a bare `except:` before others, two stars in one
//! sequence pattern. The parser accepts exactly the grammar; these come after.

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

/// Every compile-time syntax error of a module, in source order.
pub fn check(module: &Module) -> Vec<SyntaxError> {
    let mut errors = Vec::new();
    for stmt in &module.body {
        stmt_(stmt, &mut errors);
    }
    errors.sort_by_key(|e| e.span.start);
    errors
}

fn body(stmts: &[Stmt], errors: &mut Vec<SyntaxError>) {
    for stmt in stmts {
        stmt_(stmt, errors);
    }
}

fn stmt_(stmt: &Stmt, errors: &mut Vec<SyntaxError>) {
    match &stmt.kind {
        StmtKind::Expr(e) => value(e, errors),
        StmtKind::Assign { targets, value: v } => {
            for t in targets {
                target(t, errors);
            }
            value(v, errors);
        }
        StmtKind::AugAssign {
            target: t,
            value: v,
            ..
        } => {
            expr(t, errors);
            value(v, errors);
        }
        StmtKind::AnnAssign {
            target: t,
            annotation,
            value: v,
            ..
        } => {
            expr(t, errors);
            expr(annotation, errors);
            if let Some(v) = v {
                value(v, errors);
            }
        }
        StmtKind::Return(Some(v)) => value(v, errors),
        StmtKind::Del(targets) => targets.iter().for_each(|t| expr(t, errors)),
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| expr(e, errors)),
        StmtKind::Assert { test, msg } => std::iter::once(test)
            .chain(msg)
            .for_each(|e| expr(e, errors)),
        StmtKind::If {
            test,
            body: b,
            orelse,
        }
        | StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            expr(test, errors);
            body(b, errors);
            body(orelse, errors);
        }
        StmtKind::For {
            target: t,
            iter,
            body: b,
            orelse,
            ..
        } => {
            target(t, errors);
            value(iter, errors);
            body(b, errors);
            body(orelse, errors);
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            body(b, errors);
            for (i, handler) in handlers.iter().enumerate() {
                if handler.typ.is_none() && i + 1 < handlers.len() {
                    errors.push(SyntaxError::new(
                        "default 'except:' must be last",
                        handler.span,
                    ));
                }
                if let Some(typ) = &handler.typ {
                    expr(typ, errors);
                }
                body(&handler.body, errors);
            }
            body(orelse, errors);
            body(finalbody, errors);
        }
        StmtKind::With { items, body: b, .. } => {
            for item in items {
                expr(&item.context, errors);
                if let Some(t) = &item.target {
                    target(t, errors);
                }
            }
            body(b, errors);
        }
        StmtKind::FunctionDef(f) => {
            f.decorators
                .iter()
                .chain(&f.returns)
                .for_each(|e| expr(e, errors));
            params(&f.params, errors);
            body(&f.body, errors);
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().for_each(|e| expr(e, errors));
            args(&c.args, errors);
            body(&c.body, errors);
        }
        StmtKind::Match { subject, cases } => {
            value(subject, errors);
            for case in cases {
                pattern(&case.pattern, errors);
                if let Some(guard) = &case.guard {
                    expr(guard, errors);
                }
                body(&case.body, errors);
            }
        }
        StmtKind::Return(None)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Error => {}
    }
}

/// A value standing alone, where `*x` has nothing to unpack into.
fn value(e: &Expr, errors: &mut Vec<SyntaxError>) {
    if matches!(e.kind, ExprKind::Starred(_)) {
        errors.push(SyntaxError::new(
            "can't use starred expression here",
            e.span,
        ));
    }
    expr(e, errors);
}

/// An assignment target: `*x` only inside a tuple or list, once per level.
fn target(t: &Expr, errors: &mut Vec<SyntaxError>) {
    match &t.kind {
        ExprKind::Starred(_) => errors.push(SyntaxError::new(
            "starred assignment target must be in a list or tuple",
            t.span,
        )),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            if items
                .iter()
                .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                .count()
                > 1
            {
                errors.push(SyntaxError::new(
                    "multiple starred expressions in assignment",
                    t.span,
                ));
            }
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) => target_inner(inner, errors),
                    _ => target(item, errors),
                }
            }
        }
        _ => expr(t, errors),
    }
}

fn target_inner(t: &Expr, errors: &mut Vec<SyntaxError>) {
    match &t.kind {
        ExprKind::Tuple(_) | ExprKind::List(_) => target(t, errors),
        _ => expr(t, errors),
    }
}

fn params(p: &Params, errors: &mut Vec<SyntaxError>) {
    let all = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg);
    for param in all {
        param
            .annotation
            .iter()
            .chain(&param.default)
            .for_each(|e| expr(e, errors));
    }
}

fn args(list: &[Arg], errors: &mut Vec<SyntaxError>) {
    for arg in list {
        match arg {
            Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => {
                expr(e, errors)
            }
        }
    }
}

fn comprehensions(generators: &[Comprehension], errors: &mut Vec<SyntaxError>) {
    for g in generators {
        target(&g.target, errors);
        expr(&g.iter, errors);
        g.ifs.iter().for_each(|e| expr(e, errors));
    }
}

fn fstring(parts: &[FStringPart], errors: &mut Vec<SyntaxError>) {
    for part in parts {
        if let FStringPart::Field(field) = part {
            expr(&field.expr, errors);
            if let Some(spec) = &field.spec {
                fstring(spec, errors);
            }
        }
    }
}

/// Looks inside an expression for the constructs that hold targets.
fn expr(e: &Expr, errors: &mut Vec<SyntaxError>) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::JoinedStr(parts) => fstring(parts, errors),
        ExprKind::Tuple(items)
        | ExprKind::List(items)
        | ExprKind::Set(items)
        | ExprKind::BoolOp { values: items, .. } => items.iter().for_each(|i| expr(i, errors)),
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(k, v) => {
                        expr(k, errors);
                        expr(v, errors);
                    }
                    DictItem::Unpack(v) => expr(v, errors),
                }
            }
        }
        ExprKind::Starred(v)
        | ExprKind::Await(v)
        | ExprKind::YieldFrom(v)
        | ExprKind::UnaryOp { operand: v, .. }
        | ExprKind::Attribute { value: v, .. }
        | ExprKind::NamedExpr { value: v, .. } => expr(v, errors),
        ExprKind::Yield(v) => v.iter().for_each(|v| expr(v, errors)),
        ExprKind::Subscript { value: a, index: b }
        | ExprKind::BinOp {
            left: a, right: b, ..
        } => {
            expr(a, errors);
            expr(b, errors);
        }
        ExprKind::Slice { lower, upper, step } => lower
            .iter()
            .chain(upper)
            .chain(step)
            .for_each(|v| expr(v, errors)),
        ExprKind::Call { func, args: list } => {
            expr(func, errors);
            args(list, errors);
        }
        ExprKind::Compare { left, ops } => {
            expr(left, errors);
            ops.iter().for_each(|(_, v)| expr(v, errors));
        }
        ExprKind::IfExp {
            test,
            body: b,
            orelse,
        } => {
            expr(test, errors);
            expr(b, errors);
            expr(orelse, errors);
        }
        ExprKind::Lambda { params: p, body: b } => {
            params(p, errors);
            expr(b, errors);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehensions(generators, errors);
            expr(elt, errors);
        }
        ExprKind::DictComp {
            key,
            value: v,
            generators,
        } => {
            comprehensions(generators, errors);
            expr(key, errors);
            expr(v, errors);
        }
    }
}

fn pattern(p: &Pattern, errors: &mut Vec<SyntaxError>) {
    match &p.kind {
        PatternKind::Sequence(items) => {
            if items
                .iter()
                .filter(|i| matches!(i.kind, PatternKind::Star(_)))
                .count()
                > 1
            {
                errors.push(SyntaxError::new(
                    "multiple starred names in sequence pattern",
                    p.span,
                ));
            }
            items.iter().for_each(|i| pattern(i, errors));
        }
        PatternKind::Mapping { patterns, .. } => patterns.iter().for_each(|i| pattern(i, errors)),
        PatternKind::Class {
            patterns,
            kwd_patterns,
            ..
        } => patterns
            .iter()
            .chain(kwd_patterns)
            .for_each(|i| pattern(i, errors)),
        PatternKind::As {
            pattern: Some(inner),
            ..
        } => pattern(inner, errors),
        PatternKind::Or(alts) => alts.iter().for_each(|i| pattern(i, errors)),
        PatternKind::Value(_)
        | PatternKind::Singleton(_)
        | PatternKind::Star(_)
        | PatternKind::As { pattern: None, .. } => {}
    }
}
