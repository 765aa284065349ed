//! Checks the grammar leaves to after a construct is read: targets of
//! assignment and `del`, the order of call arguments and parameters,
//! string concatenation. Each reports CPython's message.

use chumsky::error::Rich;
use chumsky::input::Emitter;
use chumsky::span::SimpleSpan;

use super::expr::Piece;
use crate::syntax::ast::*;
use crate::syntax::token::Token;

type Errors<'t> = Emitter<Rich<'t, Token, SimpleSpan>>;

fn at(span: Span) -> SimpleSpan {
    SimpleSpan::from(span.range())
}

/// A call argument, remembering whether it was a generator expression
/// without its own parentheses (allowed only as the sole argument).
pub(crate) struct CallArg {
    pub arg: Arg,
    pub bare_genexp: bool,
}

impl CallArg {
    pub fn plain(arg: Arg) -> CallArg {
        CallArg {
            arg,
            bare_genexp: false,
        }
    }
}

/// `genexp_allowed`: a call, where a lone generator expression needs no
/// parentheses of its own (a class's bases are not).
pub(crate) fn call_args(
    args: Vec<CallArg>,
    trailing_comma: bool,
    genexp_allowed: bool,
    errors: &mut Errors,
) -> Vec<Arg> {
    let many = args.len() > 1 || trailing_comma;
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for arg in &args {
        let expr_span = match &arg.arg {
            Arg::Positional(e) | Arg::Star(e) | Arg::DoubleStar(e) | Arg::Keyword(_, e) => e.span,
        };
        if arg.bare_genexp && !genexp_allowed {
            errors.emit(Rich::custom(at(expr_span), "invalid syntax"));
        } else if arg.bare_genexp && many {
            errors.emit(Rich::custom(
                at(expr_span),
                "Generator expression must be parenthesized",
            ));
        }
        match &arg.arg {
            Arg::Positional(_) if seen_double_star => errors.emit(Rich::custom(
                at(expr_span),
                "positional argument follows keyword argument unpacking",
            )),
            Arg::Positional(_) if seen_keyword => errors.emit(Rich::custom(
                at(expr_span),
                "positional argument follows keyword argument",
            )),
            Arg::Star(_) if seen_double_star => errors.emit(Rich::custom(
                at(expr_span),
                "iterable argument unpacking follows keyword argument unpacking",
            )),
            Arg::Keyword(..) => seen_keyword = true,
            Arg::DoubleStar(_) => seen_double_star = true,
            _ => {}
        }
    }
    args.into_iter().map(|a| a.arg).collect()
}

/// One entry of a parameter list, before the order rules are applied.
pub(crate) enum ParamItem {
    Slash(SimpleSpan),
    Star(Option<Param>, SimpleSpan),
    DoubleStar(Param, SimpleSpan),
    Plain(Param, SimpleSpan),
}

pub(crate) fn params(items: Vec<ParamItem>, _whole: SimpleSpan, errors: &mut Errors) -> Params {
    let mut params = Params::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut bare_star: Option<SimpleSpan> = None;
    let mut seen_default = false;
    let mut seen_kwarg = false;
    for item in items {
        if seen_kwarg {
            let s = match &item {
                ParamItem::Slash(s)
                | ParamItem::Star(_, s)
                | ParamItem::DoubleStar(_, s)
                | ParamItem::Plain(_, s) => *s,
            };
            errors.emit(Rich::custom(
                s,
                "arguments cannot follow var-keyword argument",
            ));
            break;
        }
        match item {
            ParamItem::Slash(s) => {
                if seen_slash {
                    errors.emit(Rich::custom(s, "/ may appear only once"));
                } else if seen_star {
                    errors.emit(Rich::custom(s, "/ must be ahead of *"));
                } else if params.args.is_empty() {
                    errors.emit(Rich::custom(s, "at least one argument must precede /"));
                }
                seen_slash = true;
                params.posonly.append(&mut params.args);
            }
            ParamItem::Star(param, s) => {
                if seen_star {
                    errors.emit(Rich::custom(s, "* argument may appear only once"));
                }
                seen_star = true;
                match param {
                    Some(p) => {
                        if let Some(d) = &p.default {
                            errors.emit(Rich::custom(
                                at(d.span),
                                "var-positional argument cannot have default value",
                            ));
                        }
                        params.vararg = Some(p);
                    }
                    None => bare_star = Some(s),
                }
            }
            ParamItem::DoubleStar(p, _) => {
                if let Some(d) = &p.default {
                    errors.emit(Rich::custom(
                        at(d.span),
                        "var-keyword argument cannot have default value",
                    ));
                }
                seen_kwarg = true;
                params.kwarg = Some(p);
            }
            ParamItem::Plain(p, s) => {
                if seen_star {
                    bare_star = None;
                    params.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        errors.emit(Rich::custom(
                            s,
                            "non-default argument follows default argument",
                        ));
                    }
                    params.args.push(p);
                }
            }
        }
    }
    if let Some(s) = bare_star {
        errors.emit(Rich::custom(s, "named arguments must follow bare *"));
    }
    params
}

/// Elements of comprehensions cannot be `*x`.
pub(crate) fn comprehension_element(elt: &Expr, errors: &mut Errors) {
    if matches!(elt.kind, ExprKind::Starred(_)) {
        errors.emit(Rich::custom(
            at(elt.span),
            "iterable unpacking cannot be used in comprehension",
        ));
    }
}

/// Dictionary keys cannot be `*x`.
pub(crate) fn plain_value(key: &Expr, errors: &mut Errors) {
    if matches!(key.kind, ExprKind::Starred(_)) {
        errors.emit(Rich::custom(
            at(key.span),
            "cannot use a starred expression in a dictionary key",
        ));
    }
}

/// Joins adjacent literals: all plain text, all bytes, or an f-string.
pub(crate) fn join_strings(pieces: Vec<Piece>, whole: Span, errors: &mut Errors) -> Expr {
    let any_bytes = pieces.iter().any(|p| matches!(p, Piece::Bytes(_)));
    let all_bytes = pieces.iter().all(|p| matches!(p, Piece::Bytes(_)));
    if any_bytes && !all_bytes {
        errors.emit(Rich::custom(
            at(whole),
            "cannot mix bytes and nonbytes literals",
        ));
    }
    if all_bytes {
        let mut bytes = Vec::new();
        for piece in &pieces {
            if let Piece::Bytes(b) = piece {
                bytes.extend_from_slice(b);
            }
        }
        return Expr::new(ExprKind::Constant(Constant::Bytes(bytes.into())), whole);
    }
    if !pieces.iter().any(|p| matches!(p, Piece::Format(_))) {
        if let [Piece::Text(only)] = &pieces[..] {
            return Expr::new(ExprKind::Constant(Constant::Str(only.clone())), whole);
        }
        let mut text = String::new();
        for piece in &pieces {
            if let Piece::Text(t) = piece {
                text.push_str(t);
            }
        }
        return Expr::new(ExprKind::Constant(Constant::Str(text.into())), whole);
    }
    // An f-string: merge neighbouring literal text into one part.
    let mut parts: Vec<FStringPart> = Vec::new();
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => text.push_str(&t),
            Piece::Bytes(_) => {}
            Piece::Format(fparts) => {
                for part in fparts {
                    match part {
                        FStringPart::Literal(t) => text.push_str(&t),
                        field => {
                            if !text.is_empty() {
                                parts.push(FStringPart::Literal(std::mem::take(&mut text).into()));
                            }
                            parts.push(field);
                        }
                    }
                }
            }
        }
    }
    if !text.is_empty() {
        parts.push(FStringPart::Literal(text.into()));
    }
    Expr::new(ExprKind::JoinedStr(parts), whole)
}

/// The first sub-expression that cannot be assigned to, if any.
fn invalid_store(target: &Expr) -> Option<&Expr> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) => match inner.kind {
            ExprKind::Starred(_) => Some(inner),
            _ => invalid_store(inner),
        },
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(invalid_store),
        _ => Some(target),
    }
}

/// Checks an assignment target. `single` is a lone `target = value`, where
/// CPython suggests `==`.
pub(crate) fn store_target(target: &Expr, single: bool, errors: &mut Errors) {
    // Starred targets out of place are the compiler's business (compile/checks.rs).
    let Some(bad) = invalid_store(target) else {
        return;
    };
    let what = bad.describe();
    let message = if matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
        "assignment to yield expression not possible".to_string()
    } else if matches!(bad.kind, ExprKind::Starred(_)) {
        "starred assignment target must be in a list or tuple".to_string()
    } else if single && std::ptr::eq(bad, target) && !matches!(what, "None" | "True" | "False") {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {what}")
    };
    errors.emit(Rich::custom(at(bad.span), message));
}

pub(crate) fn del_target(target: &Expr, errors: &mut Errors) {
    let bad = match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find(|e| {
            !matches!(
                e.kind,
                ExprKind::Name(_)
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. }
                    | ExprKind::Tuple(_)
                    | ExprKind::List(_)
            )
        }),
        _ => Some(target),
    };
    if let Some(bad) = bad {
        errors.emit(Rich::custom(
            at(bad.span),
            format!("cannot delete {}", bad.describe()),
        ));
    }
}

/// Augmented assignment takes a single name, attribute or subscript.
pub(crate) fn aug_target(target: &Expr, errors: &mut Errors) {
    if !matches!(
        target.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        let message = format!(
            "'{}' is an illegal expression for augmented assignment",
            target.describe()
        );
        errors.emit(Rich::custom(at(target.span), message));
    }
}

/// Annotated assignment takes a single name, attribute or subscript.
/// `parenthesized`: the statement starts with `(`. CPython refuses a
/// parenthesised name looked into, `(a).b: int` or `(a.b).c: int`, though
/// `(a + b).c: int` is fine.
pub(crate) fn ann_target(target: &Expr, parenthesized: bool, errors: &mut Errors) {
    if parenthesized {
        let mut inner = target;
        while let ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } =
            &inner.kind
        {
            inner = value;
        }
        if !std::ptr::eq(inner, target) && matches!(inner.kind, ExprKind::Name(_)) {
            errors.emit(Rich::custom(
                at(target.span),
                "illegal target for annotation",
            ));
            return;
        }
    }
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => errors.emit(Rich::custom(
            at(target.span),
            "only single target (not tuple) can be annotated",
        )),
        ExprKind::List(_) => errors.emit(Rich::custom(
            at(target.span),
            "only single target (not list) can be annotated",
        )),
        _ => errors.emit(Rich::custom(
            at(target.span),
            "illegal target for annotation",
        )),
    }
}
