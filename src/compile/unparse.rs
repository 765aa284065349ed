//! Expressions back to source text, as CPython's Python/ast_unparse.c
//! writes them: what `from __future__ import annotations` stores as an
//! annotation's string (PEP 563). Parentheses come from the same
//! precedence levels, so `int | None`, `Dict[str, List[int]]` and
//! `'Node'` come out exactly as CPython spells them.

use crate::runtime::format::{bytes_repr, float_repr, str_repr};
use crate::syntax::ast::{
    Arg, BinOp, BoolOp, CmpOp, Comprehension, Constant, DictItem, Expr, ExprKind, FStringPart,
    Params, UnaryOp,
};

// ast_unparse.c's precedence levels.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const EXPR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// An annotation's text (CPython unparses it at the `test` level).
pub fn annotation(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn paren_open(out: &mut String, level: u8, pr: u8) {
    if level > pr {
        out.push('(');
    }
}

fn paren_close(out: &mut String, level: u8, pr: u8) {
    if level > pr {
        out.push(')');
    }
}

fn seq(out: &mut String, items: &[Expr], level: u8) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, level);
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(b) => {
            match num_bigint::BigInt::parse_bytes(b.digits.as_bytes(), b.radix) {
                Some(n) => out.push_str(&n.to_string()),
                None => out.push_str(&b.digits),
            }
        }
        // Infinity has no literal: CPython writes 1e309 for it.
        Constant::Float(f) => out.push_str(&float_repr(*f).replace("inf", "1e309")),
        Constant::Imag(f) => {
            out.push_str(&float_repr(*f).replace("inf", "1e309"));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
    }
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", ARITH),
        BinOp::Sub => ("-", ARITH),
        BinOp::Mul => ("*", TERM),
        BinOp::MatMul => ("@", TERM),
        BinOp::Div => ("/", TERM),
        BinOp::FloorDiv => ("//", TERM),
        BinOp::Mod => ("%", TERM),
        BinOp::Pow => ("**", POWER),
        BinOp::LShift => ("<<", SHIFT),
        BinOp::RShift => (">>", SHIFT),
        BinOp::BitOr => ("|", EXPR),
        BinOp::BitXor => ("^", BXOR),
        BinOp::BitAnd => ("&", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, TEST + 1);
        }
    }
}

fn params(out: &mut String, p: &Params) {
    let mut parts: Vec<String> = Vec::new();
    let one = |name: &str, default: Option<&Expr>| {
        let mut s = name.to_string();
        if let Some(d) = default {
            s.push('=');
            expr(&mut s, d, TEST);
        }
        s
    };
    for a in &p.posonly {
        parts.push(one(&a.name.name, a.default.as_ref()));
    }
    if !p.posonly.is_empty() {
        parts.push("/".into());
    }
    for a in &p.args {
        parts.push(one(&a.name.name, a.default.as_ref()));
    }
    match &p.vararg {
        Some(v) => parts.push(format!("*{}", v.name.name)),
        None if !p.kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    for a in &p.kwonly {
        parts.push(one(&a.name.name, a.default.as_ref()));
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", k.name.name));
    }
    out.push_str(&parts.join(", "));
}

fn fstring_body(out: &mut String, parts: &[FStringPart]) {
    for p in parts {
        match p {
            FStringPart::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Field(f) => {
                out.push('{');
                let mut inner = String::new();
                expr(&mut inner, &f.expr, TEST + 1);
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Some(c) = f.conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = &f.spec {
                    out.push(':');
                    fstring_body(out, spec);
                }
                out.push('}');
            }
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            paren_open(out, level, TUPLE);
            seq(out, items, TEST);
            if items.len() == 1 {
                out.push(',');
            }
            paren_close(out, level, TUPLE);
        }
        ExprKind::List(items) => {
            out.push('[');
            seq(out, items, TEST);
            out.push(']');
        }
        ExprKind::Set(items) => {
            if items.is_empty() {
                out.push_str("{*()}");
                return;
            }
            out.push('{');
            seq(out, items, TEST);
            out.push('}');
        }
        ExprKind::Dict(items) => {
            out.push('{');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match item {
                    DictItem::Pair(k, v) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    DictItem::Unpack(m) => {
                        out.push_str("**");
                        expr(out, m, EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, EXPR);
        }
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            // `1 .real`: a dot right after an integer would be its decimal point.
            let int = matches!(value.kind, ExprKind::Constant(Constant::Int(_)));
            out.push_str(if int { " ." } else { "." });
            out.push_str(&attr.name);
        }
        ExprKind::Subscript { value, index } => {
            expr(out, value, ATOM);
            out.push('[');
            expr(out, index, TUPLE);
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
        ExprKind::Call { func, args } => {
            expr(out, func, ATOM);
            out.push('(');
            if let [Arg::Positional(g)] = args.as_slice() {
                if let ExprKind::GeneratorExp { elt, generators } = &g.kind {
                    expr(out, elt, TEST);
                    comprehensions(out, generators);
                    out.push(')');
                    return;
                }
            }
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match a {
                    Arg::Positional(x) => expr(out, x, TEST),
                    Arg::Star(x) => {
                        out.push('*');
                        expr(out, x, EXPR);
                    }
                    Arg::Keyword(k, x) => {
                        out.push_str(&k.name);
                        out.push('=');
                        expr(out, x, TEST);
                    }
                    Arg::DoubleStar(x) => {
                        out.push_str("**");
                        expr(out, x, EXPR);
                    }
                }
            }
            out.push(')');
        }
        ExprKind::BinOp { op, left, right } => {
            let (text, pr) = binop(*op);
            // `**` groups to the right, the others to the left.
            let (lpr, rpr) = if *op == BinOp::Pow {
                (pr + 1, pr)
            } else {
                (pr, pr + 1)
            };
            paren_open(out, level, pr);
            expr(out, left, lpr);
            out.push(' ');
            out.push_str(text);
            out.push(' ');
            expr(out, right, rpr);
            paren_close(out, level, pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Neg => ("-", FACTOR),
                UnaryOp::Pos => ("+", FACTOR),
                UnaryOp::Invert => ("~", FACTOR),
            };
            paren_open(out, level, pr);
            out.push_str(text);
            expr(out, operand, pr);
            paren_close(out, level, pr);
        }
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            paren_open(out, level, pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                expr(out, v, pr + 1);
            }
            paren_close(out, level, pr);
        }
        ExprKind::Compare { left, ops } => {
            paren_open(out, level, CMP);
            expr(out, left, CMP + 1);
            for (op, right) in ops {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                expr(out, right, CMP + 1);
            }
            paren_close(out, level, CMP);
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren_open(out, level, TEST);
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            paren_close(out, level, TEST);
        }
        ExprKind::Lambda { params: p, body } => {
            paren_open(out, level, TEST);
            let mut args = String::new();
            params(&mut args, p);
            out.push_str("lambda");
            if !args.is_empty() {
                out.push(' ');
                out.push_str(&args);
            }
            out.push_str(": ");
            expr(out, body, TEST);
            paren_close(out, level, TEST);
        }
        ExprKind::NamedExpr { target, value } => {
            paren_open(out, level, TUPLE);
            out.push_str(&target.name);
            out.push_str(" := ");
            expr(out, value, ATOM);
            paren_close(out, level, TUPLE);
        }
        ExprKind::Await(v) => {
            paren_open(out, level, AWAIT);
            out.push_str("await ");
            expr(out, v, ATOM);
            paren_close(out, level, AWAIT);
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, TEST);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
    }
}
