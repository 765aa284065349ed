//! Walking the tree: the sub-expressions of an expression, so that a pass
//! over the AST handles only the kinds it cares about.

use super::ast::*;

/// Calls `f` on each direct sub-expression of `e`, in evaluation order
/// (f-string fields and their specs, call arguments, comprehension clauses
/// and lambda defaults included).
pub fn each_child<'a>(e: &'a Expr, mut f: impl FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::JoinedStr(parts) => fstring(parts, &mut f),
        ExprKind::Tuple(items)
        | ExprKind::List(items)
        | ExprKind::Set(items)
        | ExprKind::BoolOp { values: items, .. } => items.iter().for_each(f),
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(k, v) => {
                        f(k);
                        f(v);
                    }
                    DictItem::Unpack(v) => f(v),
                }
            }
        }
        ExprKind::Starred(v)
        | ExprKind::Await(v)
        | ExprKind::YieldFrom(v)
        | ExprKind::UnaryOp { operand: v, .. }
        | ExprKind::Attribute { value: v, .. }
        | ExprKind::NamedExpr { value: v, .. } => f(v),
        ExprKind::Yield(v) => v.iter().for_each(|v| f(v)),
        ExprKind::Subscript { value: a, index: b }
        | ExprKind::BinOp {
            left: a, right: b, ..
        } => {
            f(a);
            f(b);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|v| f(v))
        }
        ExprKind::Call { func, args } => {
            f(func);
            args.iter().for_each(|a| f(arg_value(a)));
        }
        ExprKind::Compare { left, ops } => {
            f(left);
            ops.iter().for_each(|(_, v)| f(v));
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Lambda { params, body } => {
            defaults(params).for_each(&mut f);
            f(body);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            clauses(generators, &mut f);
            f(elt);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            clauses(generators, &mut f);
            f(key);
            f(value);
        }
    }
}

/// The expression an argument passes (`x`, `*x`, `k=x`, `**x`).
pub fn arg_value(arg: &Arg) -> &Expr {
    match arg {
        Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => e,
    }
}

/// Every parameter, in order: positional-only, ordinary, `*args`,
/// keyword-only, `**kwargs`.
pub fn all_params(p: &Params) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
}

/// The default values, evaluated where the function is defined.
pub fn defaults(p: &Params) -> impl Iterator<Item = &Expr> {
    all_params(p).filter_map(|param| param.default.as_ref())
}

/// The annotations of the parameters.
pub fn annotations(p: &Params) -> impl Iterator<Item = &Expr> {
    all_params(p).filter_map(|param| param.annotation.as_ref())
}

fn fstring<'a>(parts: &'a [FStringPart], f: &mut impl FnMut(&'a Expr)) {
    for part in parts {
        if let FStringPart::Field(field) = part {
            f(&field.expr);
            if let Some(spec) = &field.spec {
                fstring(spec, f);
            }
        }
    }
}

fn clauses<'a>(generators: &'a [Comprehension], f: &mut impl FnMut(&'a Expr)) {
    for g in generators {
        f(&g.iter);
        f(&g.target);
        g.ifs.iter().for_each(&mut *f);
    }
}

/// The four comprehensions, which run in a scope of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    /// The name CPython gives its scope (`listcomp`, ...).
    pub fn scope_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        }
    }

    /// How CPython's messages name it ("'yield' inside list comprehension").
    pub fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// A comprehension's kind, clauses and element(s) (key and value for a dict).
pub fn as_comprehension(e: &Expr) -> Option<(ComprehensionKind, &[Comprehension], Vec<&Expr>)> {
    match &e.kind {
        ExprKind::ListComp { elt, generators } => {
            Some((ComprehensionKind::List, generators, vec![elt]))
        }
        ExprKind::SetComp { elt, generators } => {
            Some((ComprehensionKind::Set, generators, vec![elt]))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            Some((ComprehensionKind::Generator, generators, vec![elt]))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => Some((ComprehensionKind::Dict, generators, vec![key, value])),
        _ => None,
    }
}
