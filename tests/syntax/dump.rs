//! weft's syntax tree written in the canonical form of
//! tests/tools/ast_expect.py: CPython's `ast` node names and field order,
//! so that the two trees can be compared line by line.

use std::fmt::Write;

use weft::syntax::ast::*;

/// One line per top-level statement.
pub fn module(module: &Module) -> String {
    let mut out = String::new();
    for stmt in &module.body {
        let mut line = String::new();
        stmt_(&mut line, stmt);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

type Out = String;

fn quote(out: &mut Out, text: &str) {
    out.push('"');
    for c in text.chars() {
        if (' '..='~').contains(&c) && c != '"' && c != '\\' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    out.push('"');
}

fn list<T>(out: &mut Out, items: &[T], mut each: impl FnMut(&mut Out, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        each(out, item);
    }
    out.push(']');
}

fn opt<T>(out: &mut Out, item: Option<&T>, each: impl FnOnce(&mut Out, &T)) {
    match item {
        Some(item) => each(out, item),
        None => out.push_str("None"),
    }
}

fn body(out: &mut Out, stmts: &[Stmt]) {
    list(out, stmts, stmt_);
}

fn stmt_(out: &mut Out, stmt: &Stmt) {
    out.push('(');
    match &stmt.kind {
        StmtKind::Expr(e) => {
            out.push_str("Expr ");
            expr(out, e);
        }
        StmtKind::Assign { targets, value } => {
            out.push_str("Assign ");
            list(out, targets, expr);
            out.push(' ');
            expr(out, value);
        }
        StmtKind::AugAssign { target, op, value } => {
            out.push_str("AugAssign ");
            expr(out, target);
            let _ = write!(out, " ({}) ", binop(*op));
            expr(out, value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            out.push_str("AnnAssign ");
            expr(out, target);
            out.push(' ');
            expr(out, annotation);
            out.push(' ');
            opt(out, value.as_ref(), expr);
            let _ = write!(out, " {}", u8::from(*simple));
        }
        StmtKind::Del(targets) => {
            out.push_str("Delete ");
            list(out, targets, expr);
        }
        StmtKind::Pass => out.push_str("Pass"),
        StmtKind::Break => out.push_str("Break"),
        StmtKind::Continue => out.push_str("Continue"),
        StmtKind::Return(value) => {
            out.push_str("Return ");
            opt(out, value.as_ref(), expr);
        }
        StmtKind::Raise { exc, cause } => {
            out.push_str("Raise ");
            opt(out, exc.as_ref(), expr);
            out.push(' ');
            opt(out, cause.as_ref(), expr);
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            out.push_str(if matches!(stmt.kind, StmtKind::Global(_)) {
                "Global "
            } else {
                "Nonlocal "
            });
            list(out, names, |out, n| quote(out, &n.name));
        }
        StmtKind::Assert { test, msg } => {
            out.push_str("Assert ");
            expr(out, test);
            out.push(' ');
            opt(out, msg.as_ref(), expr);
        }
        StmtKind::Import(names) => {
            out.push_str("Import ");
            list(out, names, alias);
        }
        StmtKind::ImportFrom {
            module,
            level,
            names,
            star,
        } => {
            out.push_str("ImportFrom ");
            opt(out, module.as_ref(), |out, m| quote(out, &m.dotted()));
            out.push(' ');
            if *star {
                out.push_str("[(alias \"*\" None)]");
            } else {
                list(out, names, alias);
            }
            let _ = write!(out, " {level}");
        }
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
            out.push_str(if matches!(stmt.kind, StmtKind::If { .. }) {
                "If "
            } else {
                "While "
            });
            expr(out, test);
            out.push(' ');
            body(out, b);
            out.push(' ');
            body(out, orelse);
        }
        StmtKind::For {
            is_async,
            target,
            iter,
            body: b,
            orelse,
        } => {
            out.push_str(if *is_async { "AsyncFor " } else { "For " });
            expr(out, target);
            out.push(' ');
            expr(out, iter);
            out.push(' ');
            body(out, b);
            out.push(' ');
            body(out, orelse);
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            star,
        } => {
            out.push_str(if *star { "TryStar " } else { "Try " });
            body(out, b);
            out.push(' ');
            list(out, handlers, |out, h| {
                out.push_str("(ExceptHandler ");
                opt(out, h.typ.as_ref(), expr);
                out.push(' ');
                opt(out, h.name.as_ref(), |out, n| quote(out, &n.name));
                out.push(' ');
                body(out, &h.body);
                out.push(')');
            });
            out.push(' ');
            body(out, orelse);
            out.push(' ');
            body(out, finalbody);
        }
        StmtKind::With {
            is_async,
            items,
            body: b,
        } => {
            out.push_str(if *is_async { "AsyncWith " } else { "With " });
            list(out, items, |out, item| {
                out.push_str("(withitem ");
                expr(out, &item.context);
                out.push(' ');
                opt(out, item.target.as_ref(), expr);
                out.push(')');
            });
            out.push(' ');
            body(out, b);
        }
        StmtKind::FunctionDef(f) => {
            out.push_str(if f.is_async {
                "AsyncFunctionDef "
            } else {
                "FunctionDef "
            });
            quote(out, &f.name.name);
            out.push(' ');
            arguments(out, &f.params);
            out.push(' ');
            body(out, &f.body);
            out.push(' ');
            list(out, &f.decorators, expr);
            out.push(' ');
            opt(out, f.returns.as_ref(), expr);
        }
        StmtKind::ClassDef(c) => {
            out.push_str("ClassDef ");
            quote(out, &c.name.name);
            out.push(' ');
            call_args(out, &c.args);
            out.push(' ');
            body(out, &c.body);
            out.push(' ');
            list(out, &c.decorators, expr);
        }
        StmtKind::Match { subject, cases } => {
            out.push_str("Match ");
            expr(out, subject);
            out.push(' ');
            list(out, cases, |out, case| {
                out.push_str("(match_case ");
                pattern(out, &case.pattern);
                out.push(' ');
                opt(out, case.guard.as_ref(), expr);
                out.push(' ');
                body(out, &case.body);
                out.push(')');
            });
        }
        StmtKind::Error => out.push_str("Error"),
    }
    out.push(')');
}

fn alias(out: &mut Out, a: &Alias) {
    out.push_str("(alias ");
    quote(out, &a.name.dotted());
    out.push(' ');
    opt(out, a.asname.as_ref(), |out, n| quote(out, &n.name));
    out.push(')');
}

fn arguments(out: &mut Out, p: &Params) {
    let arg = |out: &mut Out, p: &Param| {
        out.push_str("(arg ");
        quote(out, &p.name.name);
        out.push(' ');
        opt(out, p.annotation.as_ref(), expr);
        out.push(')');
    };
    out.push_str("(arguments ");
    list(out, &p.posonly, arg);
    out.push(' ');
    list(out, &p.args, arg);
    out.push(' ');
    opt(out, p.vararg.as_ref(), arg);
    out.push(' ');
    list(out, &p.kwonly, arg);
    out.push(' ');
    list(out, &p.kwonly, |out, p| opt(out, p.default.as_ref(), expr));
    out.push(' ');
    opt(out, p.kwarg.as_ref(), arg);
    out.push(' ');
    let defaults: Vec<&Expr> = p
        .posonly
        .iter()
        .chain(&p.args)
        .filter_map(|p| p.default.as_ref())
        .collect();
    list(out, &defaults, |out, e| expr(out, e));
    out.push(')');
}

/// CPython splits a call's arguments into positional ones (with `*x` as
/// Starred) and keywords (with `**x` as a keyword without a name).
fn call_args(out: &mut Out, args: &[Arg]) {
    let positional: Vec<&Arg> = args
        .iter()
        .filter(|a| matches!(a, Arg::Positional(_) | Arg::Star(_)))
        .collect();
    let keywords: Vec<&Arg> = args
        .iter()
        .filter(|a| matches!(a, Arg::Keyword(..) | Arg::DoubleStar(_)))
        .collect();
    list(out, &positional, |out, a| match a {
        Arg::Star(e) => {
            out.push_str("(Starred ");
            expr(out, e);
            out.push(')');
        }
        Arg::Positional(e) => expr(out, e),
        _ => unreachable!(),
    });
    out.push(' ');
    list(out, &keywords, |out, a| {
        out.push_str("(keyword ");
        match a {
            Arg::Keyword(name, e) => {
                quote(out, &name.name);
                out.push(' ');
                expr(out, e);
            }
            Arg::DoubleStar(e) => {
                out.push_str("None ");
                expr(out, e);
            }
            _ => unreachable!(),
        }
        out.push(')');
    });
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mult",
        BinOp::MatMul => "MatMult",
        BinOp::Div => "Div",
        BinOp::FloorDiv => "FloorDiv",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

fn constant(out: &mut Out, c: &Constant) {
    out.push_str("(Constant ");
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(v) => {
            let _ = write!(out, "{v}");
        }
        Constant::BigInt(b) => out.push_str(&to_decimal(b.radix, &b.digits)),
        Constant::Float(v) => {
            let _ = write!(out, "f{}", v.to_bits());
        }
        Constant::Imag(v) => {
            let _ = write!(out, "j{}", v.to_bits());
        }
        Constant::Str(s) => quote(out, s),
        Constant::Bytes(b) => {
            out.push('b');
            for byte in b.iter() {
                let _ = write!(out, "{byte:02x}");
            }
        }
    }
    out.push(')');
}

/// Digits in any radix to decimal, by schoolbook long multiplication.
fn to_decimal(radix: u32, digits: &str) -> String {
    let mut decimal: Vec<u32> = vec![0]; // little-endian base-10 digits
    for d in digits.chars() {
        let mut carry = d.to_digit(radix).unwrap();
        for slot in decimal.iter_mut() {
            let v = *slot * radix + carry;
            *slot = v % 10;
            carry = v / 10;
        }
        while carry > 0 {
            decimal.push(carry % 10);
            carry /= 10;
        }
    }
    decimal
        .iter()
        .rev()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect()
}

fn comprehensions(out: &mut Out, generators: &[Comprehension]) {
    list(out, generators, |out, g| {
        out.push_str("(comprehension ");
        expr(out, &g.target);
        out.push(' ');
        expr(out, &g.iter);
        out.push(' ');
        list(out, &g.ifs, expr);
        let _ = write!(out, " {})", u8::from(g.is_async));
    });
}

/// f-string parts the way CPython 3.11 builds them: `{x=}` adds its text to
/// the literal before it and defaults to `!r`.
fn joined(out: &mut Out, parts: &[FStringPart]) {
    let mut values: Vec<String> = Vec::new();
    let mut text = String::new();
    for part in parts {
        match part {
            FStringPart::Literal(t) => text.push_str(t),
            FStringPart::Field(field) => {
                if let Some(debug) = &field.debug_text {
                    text.push_str(debug);
                }
                if !text.is_empty() {
                    let mut c = String::new();
                    constant(&mut c, &Constant::Str(std::mem::take(&mut text).into()));
                    values.push(c);
                }
                let mut v = String::from("(FormattedValue ");
                expr(&mut v, &field.expr);
                let conversion = match (field.conversion, &field.debug_text, &field.spec) {
                    (Some(c), _, _) => c as i32,
                    (None, Some(_), None) => 'r' as i32,
                    _ => -1,
                };
                let _ = write!(v, " {conversion} ");
                match &field.spec {
                    None => v.push_str("None"),
                    Some(spec) => joined(&mut v, spec),
                }
                v.push(')');
                values.push(v);
            }
        }
    }
    if !text.is_empty() {
        let mut c = String::new();
        constant(&mut c, &Constant::Str(text.into()));
        values.push(c);
    }
    out.push_str("(JoinedStr [");
    out.push_str(&values.join(" "));
    out.push_str("])");
}

fn expr(out: &mut Out, e: &Expr) {
    match &e.kind {
        ExprKind::Constant(c) => return constant(out, c),
        ExprKind::JoinedStr(parts) => return joined(out, parts),
        _ => {}
    }
    out.push('(');
    match &e.kind {
        ExprKind::Name(n) => {
            out.push_str("Name ");
            quote(out, n);
        }
        ExprKind::Constant(_) | ExprKind::JoinedStr(_) => unreachable!(),
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            out.push_str(match e.kind {
                ExprKind::Tuple(_) => "Tuple ",
                ExprKind::List(_) => "List ",
                _ => "Set ",
            });
            list(out, items, expr);
        }
        ExprKind::Dict(items) => {
            out.push_str("Dict ");
            list(out, items, |out, item| match item {
                DictItem::Pair(k, _) => expr(out, k),
                DictItem::Unpack(_) => out.push_str("None"),
            });
            out.push(' ');
            list(out, items, |out, item| match item {
                DictItem::Pair(_, v) | DictItem::Unpack(v) => expr(out, v),
            });
        }
        ExprKind::Starred(inner) => {
            out.push_str("Starred ");
            expr(out, inner);
        }
        ExprKind::Attribute { value, attr } => {
            out.push_str("Attribute ");
            expr(out, value);
            out.push(' ');
            quote(out, &attr.name);
        }
        ExprKind::Subscript { value, index } => {
            out.push_str("Subscript ");
            expr(out, value);
            out.push(' ');
            expr(out, index);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.push_str("Slice ");
            opt(out, lower.as_deref(), expr);
            out.push(' ');
            opt(out, upper.as_deref(), expr);
            out.push(' ');
            opt(out, step.as_deref(), expr);
        }
        ExprKind::Call { func, args } => {
            out.push_str("Call ");
            expr(out, func);
            out.push(' ');
            call_args(out, args);
        }
        ExprKind::BinOp { op, left, right } => {
            out.push_str("BinOp ");
            expr(out, left);
            let _ = write!(out, " ({}) ", binop(*op));
            expr(out, right);
        }
        ExprKind::UnaryOp { op, operand } => {
            let name = match op {
                UnaryOp::Not => "Not",
                UnaryOp::Neg => "USub",
                UnaryOp::Pos => "UAdd",
                UnaryOp::Invert => "Invert",
            };
            let _ = write!(out, "UnaryOp ({name}) ");
            expr(out, operand);
        }
        ExprKind::BoolOp { op, values } => {
            let _ = write!(
                out,
                "BoolOp ({}) ",
                if *op == BoolOp::And { "And" } else { "Or" }
            );
            list(out, values, expr);
        }
        ExprKind::Compare { left, ops } => {
            out.push_str("Compare ");
            expr(out, left);
            out.push(' ');
            list(out, ops, |out, (op, _)| {
                let _ = write!(out, "({})", cmpop(*op));
            });
            out.push(' ');
            list(out, ops, |out, (_, e)| expr(out, e));
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push_str("IfExp ");
            expr(out, test);
            out.push(' ');
            expr(out, body);
            out.push(' ');
            expr(out, orelse);
        }
        ExprKind::Lambda { params, body } => {
            out.push_str("Lambda ");
            arguments(out, params);
            out.push(' ');
            expr(out, body);
        }
        ExprKind::NamedExpr { target, value } => {
            out.push_str("NamedExpr (Name ");
            quote(out, &target.name);
            out.push_str(") ");
            expr(out, value);
        }
        ExprKind::Await(v) => {
            out.push_str("Await ");
            expr(out, v);
        }
        ExprKind::Yield(v) => {
            out.push_str("Yield ");
            opt(out, v.as_deref(), expr);
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("YieldFrom ");
            expr(out, v);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push_str(match e.kind {
                ExprKind::ListComp { .. } => "ListComp ",
                ExprKind::SetComp { .. } => "SetComp ",
                _ => "GeneratorExp ",
            });
            expr(out, elt);
            out.push(' ');
            comprehensions(out, generators);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push_str("DictComp ");
            expr(out, key);
            out.push(' ');
            expr(out, value);
            out.push(' ');
            comprehensions(out, generators);
        }
    }
    out.push(')');
}

fn pattern(out: &mut Out, p: &Pattern) {
    out.push('(');
    match &p.kind {
        PatternKind::Value(e) => {
            out.push_str("MatchValue ");
            expr(out, e);
        }
        PatternKind::Singleton(c) => {
            out.push_str("MatchSingleton ");
            out.push_str(match c {
                Constant::None => "None",
                Constant::True => "True",
                _ => "False",
            });
        }
        PatternKind::Sequence(items) => {
            out.push_str("MatchSequence ");
            list(out, items, pattern);
        }
        PatternKind::Star(name) => {
            out.push_str("MatchStar ");
            opt(out, name.as_ref(), |out, n| quote(out, &n.name));
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            out.push_str("MatchMapping ");
            list(out, keys, expr);
            out.push(' ');
            list(out, patterns, pattern);
            out.push(' ');
            opt(out, rest.as_ref(), |out, n| quote(out, &n.name));
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_names,
            kwd_patterns,
        } => {
            out.push_str("MatchClass ");
            expr(out, cls);
            out.push(' ');
            list(out, patterns, pattern);
            out.push(' ');
            list(out, kwd_names, |out, n| quote(out, &n.name));
            out.push(' ');
            list(out, kwd_patterns, pattern);
        }
        PatternKind::As {
            pattern: inner,
            name,
        } => {
            out.push_str("MatchAs ");
            opt(out, inner.as_deref(), pattern);
            out.push(' ');
            opt(out, name.as_ref(), |out, n| quote(out, &n.name));
        }
        PatternKind::Or(alts) => {
            out.push_str("MatchOr ");
            list(out, alts, pattern);
        }
    }
    out.push(')');
}
