//! Expressions, by precedence from `star_expressions` down to `atom`.

use std::rc::Rc;

use chumsky::prelude::*;

use super::display;
use super::validate::{self, CallArg, ParamItem};
use super::{span, Boxed, Extra, Tokens};
use crate::syntax::ast::*;
use crate::syntax::literal::StrLit;
use crate::syntax::token::Token;

/// The expression parsers the statement grammar builds on.
pub(crate) struct ExprParsers<'t> {
    pub name: Boxed<'t, Ident>,
    pub expression: Boxed<'t, Expr>,
    pub named_expression: Boxed<'t, Expr>,
    pub star_expressions: Boxed<'t, Expr>,
    /// `star_named_expression (',' star_named_expression)* [',']`: a match subject.
    pub star_named_expressions: Boxed<'t, Expr>,
    pub yield_expr: Boxed<'t, Expr>,
    /// Assignment targets of `for`, comprehensions and `with ... as`, validated.
    pub star_targets: Boxed<'t, Expr>,
    /// The single target of `with ... as`, validated.
    pub star_target: Boxed<'t, Expr>,
    /// Targets of `del`, validated.
    pub del_targets: Boxed<'t, Vec<Expr>>,
    /// The inside of a class's parentheses: bases and keywords.
    pub class_arguments: Boxed<'t, Vec<Arg>>,
    /// The inside of a `def`'s parentheses.
    pub params: Boxed<'t, Params>,
    pub strings: Boxed<'t, Expr>,
}

pub(crate) fn name<'t>() -> impl Parser<'t, Tokens<'t>, Ident, Extra<'t>> + Clone {
    select_ref! { Token::Ident(n) = e => Ident { name: n.clone(), span: span(e.span()) } }
}

fn tok<'t>(token: Token) -> impl Parser<'t, Tokens<'t>, Token, Extra<'t>> + Clone {
    just(token)
}

/// One level of left-associative binary operators.
fn binary<'t>(
    operand: impl Parser<'t, Tokens<'t>, Expr, Extra<'t>> + Clone + 't,
    ops: impl Parser<'t, Tokens<'t>, BinOp, Extra<'t>> + Clone + 't,
) -> Boxed<'t, Expr> {
    operand
        .clone()
        .foldl(ops.then(operand).repeated(), |left, (op, right)| {
            let at = left.span.to(right.span);
            Expr::new(
                ExprKind::BinOp {
                    op,
                    left: Box::new(left),
                    right: Box::new(right),
                },
                at,
            )
        })
        .boxed()
}

/// `first (',' item)* [',']`: a tuple when there is a comma, else `first`.
fn tuple_of<'t>(
    item: impl Parser<'t, Tokens<'t>, Expr, Extra<'t>> + Clone + 't,
) -> Boxed<'t, Expr> {
    item.clone()
        .then(
            tok(Token::Comma)
                .ignore_then(item)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(tok(Token::Comma).or_not())
        .map_with(|((first, rest), trailing), e| {
            if rest.is_empty() && trailing.is_none() {
                return first;
            }
            let mut items = Vec::with_capacity(rest.len() + 1);
            items.push(first);
            items.extend(rest);
            Expr::new(ExprKind::Tuple(items), span(e.span()))
        })
        .boxed()
}

pub(crate) fn expressions<'t>() -> ExprParsers<'t> {
    let mut expression = Recursive::declare();
    let mut named_expression = Recursive::declare();
    let mut star_named_expression = Recursive::declare();
    let mut yield_expr = Recursive::declare();
    let mut star_expressions = Recursive::declare();
    let mut disjunction = Recursive::declare();
    let mut bitwise_or = Recursive::declare();
    let mut star_targets = Recursive::declare();
    let mut arguments = Recursive::declare();
    let mut strings = Recursive::declare();

    let name = name().boxed();

    // ---- comprehensions ----
    let for_if_clause = tok(Token::Async)
        .or_not()
        .then_ignore(tok(Token::For))
        .then(star_targets.clone())
        .then_ignore(tok(Token::In))
        .then(disjunction.clone())
        .then(
            tok(Token::If)
                .ignore_then(disjunction.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(((is_async, target), iter), ifs)| Comprehension {
            is_async: is_async.is_some(),
            target,
            iter,
            ifs,
        });
    let for_if_clauses = for_if_clause
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();

    // ---- atoms ----
    let constant = select_ref! {
        Token::Int(v) => Constant::Int(*v),
        Token::BigInt(b) => Constant::BigInt(b.clone()),
        Token::Float(v) => Constant::Float(*v),
        Token::Imag(v) => Constant::Imag(*v),
        Token::None => Constant::None,
        Token::True => Constant::True,
        Token::False => Constant::False,
        Token::Ellipsis => Constant::Ellipsis,
    }
    .map_with(|c, e| Expr::new(ExprKind::Constant(c), span(e.span())));

    let display = display::displays(display::Inner {
        star_named_expression: star_named_expression.clone().boxed(),
        yield_expr: yield_expr.clone().boxed(),
        expression: expression.clone().boxed(),
        bitwise_or: bitwise_or.clone().boxed(),
        for_if_clauses: for_if_clauses.clone(),
    });

    // ---- strings and f-strings ----
    let fparts = recursive(|fparts| {
        let text = select_ref! { Token::FStrText(t) => FStringPart::Literal(t.clone()) };
        let field = tok(Token::FieldOpen)
            .ignore_then(yield_expr.clone().or(star_expressions.clone()))
            .then(select_ref! { Token::FieldDebug(t) => t.clone() }.or_not())
            .then(select_ref! { Token::FieldConv(c) => *c }.or_not())
            .then(tok(Token::FieldSpec).ignore_then(fparts).or_not())
            .then_ignore(tok(Token::FieldClose))
            .map(|(((expr, debug_text), conversion), spec)| {
                FStringPart::Field(Box::new(FField {
                    expr,
                    debug_text,
                    conversion,
                    spec,
                }))
            });
        text.or(field).repeated().collect::<Vec<_>>()
    });
    let fstring = tok(Token::FStrStart)
        .ignore_then(fparts)
        .then_ignore(tok(Token::FStrEnd))
        .map(Piece::Format);
    let plain = select_ref! {
        Token::Str(lit) => match &**lit {
            StrLit::Text(s) => Piece::Text(s.clone()),
            StrLit::Bytes(b) => Piece::Bytes(b.clone()),
        }
    };
    strings.define(
        plain
            .or(fstring)
            .repeated()
            .at_least(1)
            .collect::<Vec<_>>()
            .validate(|pieces, e, emitter| validate::join_strings(pieces, span(e.span()), emitter)),
    );

    let starred = |operand: Boxed<'t, Expr>| {
        tok(Token::Star)
            .ignore_then(operand)
            .map_with(|e, x| Expr::new(ExprKind::Starred(Box::new(e)), span(x.span())))
    };
    let atom = choice((
        name.clone()
            .map(|id| Expr::new(ExprKind::Name(id.name), id.span)),
        constant,
        strings.clone(),
        display,
    ))
    .boxed();

    // ---- primary: atom with trailers ----
    let slice_tail = tok(Token::Colon)
        .ignore_then(expression.clone().or_not())
        .then(
            tok(Token::Colon)
                .ignore_then(expression.clone().or_not())
                .or_not(),
        );
    // In subscripts, `*` takes a whole expression: `x[*a or b]`.
    let slice_item = starred(expression.clone().boxed()).or(named_expression.clone());
    let slice = slice_item
        .or_not()
        .then(slice_tail.or_not())
        .try_map_with(|(lower, tail), e| {
            let at = span(e.span());
            match (lower, tail) {
                (Some(index), None) => Ok(index),
                (lower, Some((upper, step))) => Ok(Expr::new(
                    ExprKind::Slice {
                        lower: lower.map(Box::new),
                        upper: upper.map(Box::new),
                        step: step.flatten().map(Box::new),
                    },
                    at,
                )),
                (None, None) => Err(Rich::custom(e.span(), "invalid syntax")),
            }
        });
    let slices = tuple_of(slice);
    let trailer = choice((
        tok(Token::Dot).ignore_then(name.clone()).map(Trailer::Attr),
        tok(Token::LParen)
            .ignore_then(arguments.clone())
            .then_ignore(tok(Token::RParen))
            .map(Trailer::Call),
        tok(Token::LBracket)
            .ignore_then(slices)
            .then_ignore(tok(Token::RBracket))
            .map(Trailer::Index),
    ))
    .map_with(|t, e| (t, span(e.span())));
    let primary = atom
        .foldl(trailer.repeated(), |value, (trailer, at)| {
            let whole = value.span.to(at);
            let value = Box::new(value);
            let kind = match trailer {
                Trailer::Attr(attr) => ExprKind::Attribute { value, attr },
                Trailer::Call(mut args) => {
                    // A lone generator expression borrows the call's
                    // parentheses: CPython places it from `(` to `)`.
                    if let [Arg::Positional(g)] = &mut args[..] {
                        if matches!(g.kind, ExprKind::GeneratorExp { .. })
                            && g.span.start > at.start + 1
                        {
                            g.span = at;
                        }
                    }
                    ExprKind::Call { func: value, args }
                }
                Trailer::Index(index) => ExprKind::Subscript {
                    value,
                    index: Box::new(index),
                },
            };
            Expr::new(kind, whole)
        })
        .boxed();

    // ---- operators, tightest first ----
    let await_primary = tok(Token::Await)
        .ignore_then(primary.clone())
        .map_with(|e, x| Expr::new(ExprKind::Await(Box::new(e)), span(x.span())))
        .or(primary.clone());
    let mut factor = Recursive::declare();
    {
        let unary = select_ref! {
            Token::Minus => UnaryOp::Neg,
            Token::Plus => UnaryOp::Pos,
            Token::Tilde => UnaryOp::Invert,
        };
        let power = await_primary
            .clone()
            .then(tok(Token::DoubleStar).ignore_then(factor.clone()).or_not())
            .map(|(base, exp): (Expr, Option<Expr>)| match exp {
                None => base,
                Some(exp) => {
                    let at = base.span.to(exp.span);
                    Expr::new(
                        ExprKind::BinOp {
                            op: BinOp::Pow,
                            left: Box::new(base),
                            right: Box::new(exp),
                        },
                        at,
                    )
                }
            });
        factor.define(
            unary
                .then(factor.clone())
                .map_with(|(op, operand), e| {
                    Expr::new(
                        ExprKind::UnaryOp {
                            op,
                            operand: Box::new(operand),
                        },
                        span(e.span()),
                    )
                })
                .or(power),
        );
    }
    let factor = factor.boxed();
    let term = binary(
        factor,
        select_ref! {
            Token::Star => BinOp::Mul,
            Token::Slash => BinOp::Div,
            Token::DoubleSlash => BinOp::FloorDiv,
            Token::Percent => BinOp::Mod,
            Token::At => BinOp::MatMul,
        },
    );
    let sum = binary(
        term,
        select_ref! { Token::Plus => BinOp::Add, Token::Minus => BinOp::Sub },
    );
    let shift_expr = binary(
        sum,
        select_ref! { Token::LShift => BinOp::LShift, Token::RShift => BinOp::RShift },
    );
    let bitwise_and = binary(shift_expr, select_ref! { Token::Amper => BinOp::BitAnd });
    let bitwise_xor = binary(bitwise_and, select_ref! { Token::Caret => BinOp::BitXor });
    bitwise_or.define(binary(
        bitwise_xor,
        select_ref! { Token::Pipe => BinOp::BitOr },
    ));

    let comp_op = choice((
        select_ref! {
            Token::EqEq => CmpOp::Eq,
            Token::NotEq => CmpOp::NotEq,
            Token::Less => CmpOp::Lt,
            Token::LessEq => CmpOp::LtE,
            Token::Greater => CmpOp::Gt,
            Token::GreaterEq => CmpOp::GtE,
            Token::In => CmpOp::In,
        },
        tok(Token::Not).then(tok(Token::In)).to(CmpOp::NotIn),
        tok(Token::Is)
            .ignore_then(tok(Token::Not).or_not())
            .map(|not| {
                if not.is_some() {
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }),
    ));
    let comparison = bitwise_or
        .clone()
        .then(
            comp_op
                .then(bitwise_or.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(left, ops): (Expr, Vec<(CmpOp, Expr)>)| {
            if ops.is_empty() {
                return left;
            }
            let at = left.span.to(ops.last().unwrap().1.span);
            Expr::new(
                ExprKind::Compare {
                    left: Box::new(left),
                    ops,
                },
                at,
            )
        });
    let mut inversion = Recursive::declare();
    inversion.define(
        tok(Token::Not)
            .ignore_then(inversion.clone())
            .map_with(|e, x| {
                Expr::new(
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: Box::new(e),
                    },
                    span(x.span()),
                )
            })
            .or(comparison),
    );
    let inversion = inversion.boxed();
    let bool_chain = |operand: Boxed<'t, Expr>, token: Token, op: BoolOp| {
        operand
            .clone()
            .then(
                tok(token)
                    .ignore_then(operand)
                    .repeated()
                    .collect::<Vec<_>>(),
            )
            .map(move |(first, rest): (Expr, Vec<Expr>)| {
                if rest.is_empty() {
                    return first;
                }
                let at = first.span.to(rest.last().unwrap().span);
                let mut values = vec![first];
                values.extend(rest);
                Expr::new(ExprKind::BoolOp { op, values }, at)
            })
            .boxed()
    };
    let conjunction = bool_chain(inversion, Token::And, BoolOp::And);
    disjunction.define(bool_chain(conjunction, Token::Or, BoolOp::Or));

    // ---- parameters (def and lambda share the shape) ----
    let default = tok(Token::Assign).ignore_then(expression.clone()).or_not();
    let annotation = tok(Token::Colon).ignore_then(expression.clone()).or_not();
    let def_param =
        name.clone()
            .then(annotation)
            .then(default.clone())
            .map(|((name, annotation), default)| Param {
                name,
                annotation,
                default,
            });
    let lambda_param = name.clone().then(default).map(|(name, default)| Param {
        name,
        annotation: None,
        default,
    });
    // `*args: *Ts` (PEP 646) annotates var-positional parameters only.
    let star_annotation = tok(Token::Colon)
        .ignore_then(starred(bitwise_or.clone().boxed()).or(expression.clone()))
        .or_not();
    let var_param = name
        .clone()
        .then(star_annotation)
        .map(|(name, annotation)| Param {
            name,
            annotation,
            default: None,
        });
    let params = parameter_list(def_param, Some(var_param.boxed()));
    let lambda_params = parameter_list(lambda_param, None);

    let lambdef = tok(Token::Lambda)
        .ignore_then(lambda_params.or_not())
        .then_ignore(tok(Token::Colon))
        .then(expression.clone())
        .map_with(|(params, body), e| {
            Expr::new(
                ExprKind::Lambda {
                    params: Box::new(params.unwrap_or_default()),
                    body: Box::new(body),
                },
                span(e.span()),
            )
        });

    expression.define(
        lambdef.or(disjunction
            .clone()
            .then(
                tok(Token::If)
                    .ignore_then(disjunction.clone())
                    .then_ignore(tok(Token::Else))
                    .then(expression.clone())
                    .or_not(),
            )
            .map(|(body, rest)| match rest {
                None => body,
                Some((test, orelse)) => {
                    let at = body.span.to(orelse.span);
                    Expr::new(
                        ExprKind::IfExp {
                            test: Box::new(test),
                            body: Box::new(body),
                            orelse: Box::new(orelse),
                        },
                        at,
                    )
                }
            })),
    );

    named_expression.define(
        name.clone()
            .then_ignore(tok(Token::Walrus))
            .then(expression.clone())
            .map_with(|(target, value), e| {
                Expr::new(
                    ExprKind::NamedExpr {
                        target,
                        value: Box::new(value),
                    },
                    span(e.span()),
                )
            })
            .or(expression.clone()),
    );

    let bitwise_or_boxed = bitwise_or.clone().boxed();
    star_named_expression.define(starred(bitwise_or_boxed.clone()).or(named_expression.clone()));
    let star_expression = starred(bitwise_or_boxed.clone()).or(expression.clone());
    star_expressions.define(tuple_of(star_expression));
    let star_named_expressions = tuple_of(star_named_expression.clone());

    yield_expr.define(
        tok(Token::Yield)
            .ignore_then(choice((
                tok(Token::From)
                    .ignore_then(expression.clone())
                    .map(|e| ExprKind::YieldFrom(Box::new(e))),
                star_expressions
                    .clone()
                    .or_not()
                    .map(|e| ExprKind::Yield(e.map(Box::new))),
            )))
            .map_with(|kind, e| Expr::new(kind, span(e.span()))),
    );

    // ---- call arguments ----
    let arg = choice((
        tok(Token::Star)
            .ignore_then(expression.clone())
            .map(|e| CallArg::plain(Arg::Star(e))),
        tok(Token::DoubleStar)
            .ignore_then(expression.clone())
            .map(|e| CallArg::plain(Arg::DoubleStar(e))),
        name.clone()
            .then_ignore(tok(Token::Assign))
            .then(expression.clone())
            .map(|(k, v)| CallArg::plain(Arg::Keyword(k, v))),
        named_expression
            .clone()
            .then(for_if_clauses.clone().or_not())
            .map_with(|(elt, generators), e| match generators {
                None => CallArg::plain(Arg::Positional(elt)),
                Some(generators) => CallArg {
                    arg: Arg::Positional(Expr::new(
                        ExprKind::GeneratorExp {
                            elt: Box::new(elt),
                            generators,
                        },
                        span(e.span()),
                    )),
                    bare_genexp: true,
                },
            }),
    ));
    // A trailing comma counts: `f(x for x in y,)` needs parentheses too.
    let arg_list = arg
        .separated_by(tok(Token::Comma))
        .collect::<Vec<_>>()
        .then(tok(Token::Comma).or_not().map(|c| c.is_some()))
        .boxed();
    arguments.define(arg_list.clone().validate(|(args, trailing), _, emitter| {
        validate::call_args(args, trailing, true, emitter)
    }));
    // A class's bases are not a call: no bare generator expression.
    let class_arguments = arg_list
        .validate(|(args, trailing), _, emitter| {
            validate::call_args(args, trailing, false, emitter)
        })
        .boxed();

    // ---- targets ----
    let star_target = tok(Token::Star)
        .or_not()
        .then(primary.clone())
        .map_with(|(star, e), x| match star {
            None => e,
            Some(_) => Expr::new(ExprKind::Starred(Box::new(e)), span(x.span())),
        })
        .boxed();
    star_targets.define(
        tuple_of(star_target.clone()).validate(|target, _, emitter| {
            validate::store_target(&target, false, emitter);
            target
        }),
    );
    let single_star_target = star_target
        .validate(|target, _, emitter| {
            validate::store_target(&target, false, emitter);
            target
        })
        .boxed();
    let del_targets = primary
        .clone()
        .separated_by(tok(Token::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|targets, _, emitter| {
            for target in &targets {
                validate::del_target(target, emitter);
            }
            targets
        });

    ExprParsers {
        name,
        expression: expression.boxed(),
        named_expression: named_expression.boxed(),
        star_expressions: star_expressions.boxed(),
        star_named_expressions,
        yield_expr: yield_expr.boxed(),
        star_targets: star_targets.boxed(),
        star_target: single_star_target,
        del_targets: del_targets.boxed(),
        class_arguments,
        params,
        strings: strings.boxed(),
    }
}

/// The parameter list of a `def` or `lambda`, given how one parameter is
/// written; the order rules are checked once the list is read.
/// `var_param` is how `*args` is written, where it differs from `param`.
fn parameter_list<'t>(
    param: impl Parser<'t, Tokens<'t>, Param, Extra<'t>> + Clone + 't,
    var_param: Option<Boxed<'t, Param>>,
) -> Boxed<'t, Params> {
    let var_param = var_param.unwrap_or_else(|| param.clone().boxed());
    choice((
        tok(Token::Slash).map_with(|_, e| ParamItem::Slash(e.span())),
        tok(Token::DoubleStar)
            .ignore_then(param.clone())
            .map_with(|p, e| ParamItem::DoubleStar(p, e.span())),
        tok(Token::Star)
            .ignore_then(var_param.or_not())
            .map_with(|p, e| ParamItem::Star(p, e.span())),
        param.map_with(|p, e| ParamItem::Plain(p, e.span())),
    ))
    .separated_by(tok(Token::Comma))
    .at_least(1)
    .allow_trailing()
    .collect::<Vec<_>>()
    .validate(|items, e, emitter| validate::params(items, e.span(), emitter))
    .boxed()
}

enum Trailer {
    Attr(Ident),
    Call(Vec<Arg>),
    Index(Expr),
}

/// One literal of an implicitly concatenated string.
#[derive(Clone)]
pub(crate) enum Piece {
    Text(Rc<str>),
    Bytes(Rc<[u8]>),
    Format(Vec<FStringPart>),
}
