//! Patterns of the `match` statement.

use chumsky::prelude::*;

use super::expr::ExprParsers;
use super::{span, Boxed, Extra, Tokens};
use crate::syntax::ast::*;
use crate::syntax::token::Token;

fn tok<'t>(token: Token) -> impl Parser<'t, Tokens<'t>, Token, Extra<'t>> + Clone {
    just(token)
}

fn pat(kind: PatternKind, s: SimpleSpan) -> Pattern {
    Pattern {
        kind,
        span: span(s),
    }
}

/// `patterns`: the pattern after `case`, where a bare comma makes a sequence.
pub(crate) fn patterns<'t>(x: &ExprParsers<'t>) -> Boxed<'t, Pattern> {
    let name = x.name.clone();
    let strings = x.strings.clone();
    let pattern = recursive(|pattern| {
        let number = select_ref! {
            Token::Int(v) => Constant::Int(*v),
            Token::BigInt(b) => Constant::BigInt(b.clone()),
            Token::Float(v) => Constant::Float(*v),
        }
        .map_with(|c, e| Expr::new(ExprKind::Constant(c), span(e.span())));
        let imaginary = select_ref! { Token::Imag(v) => Constant::Imag(*v) }
            .map_with(|c, e| Expr::new(ExprKind::Constant(c), span(e.span())));
        let signed = |operand: Boxed<'t, Expr>| {
            tok(Token::Minus)
                .or_not()
                .then(operand)
                .map_with(|(minus, value), e| match minus {
                    None => value,
                    Some(_) => Expr::new(
                        ExprKind::UnaryOp {
                            op: UnaryOp::Neg,
                            operand: Box::new(value),
                        },
                        span(e.span()),
                    ),
                })
        };
        let real = signed(number.or(imaginary).boxed()).boxed();
        let complex = real
            .clone()
            .then(
                select_ref! { Token::Plus => BinOp::Add, Token::Minus => BinOp::Sub }
                    .then(imaginary)
                    .or_not(),
            )
            .validate(|(left, tail), e, errors| match tail {
                None => left,
                Some((op, right)) => {
                    let real = match &left.kind {
                        ExprKind::UnaryOp { operand, .. } => operand,
                        _ => &left,
                    };
                    if matches!(real.kind, ExprKind::Constant(Constant::Imag(_))) {
                        let at = SimpleSpan::from(left.span.range());
                        errors.emit(Rich::custom(at, "real number required in complex literal"));
                    }
                    Expr::new(
                        ExprKind::BinOp {
                            op,
                            left: Box::new(left),
                            right: Box::new(right),
                        },
                        span(e.span()),
                    )
                }
            });
        let literal_expr = complex.or(strings.clone()).boxed();
        let singleton = select_ref! {
            Token::None => Constant::None,
            Token::True => Constant::True,
            Token::False => Constant::False,
        };
        // name_or_attr starts as a bare name; `foldl` needs one type.
        let name_or_attr = name.clone().map(Dotted::Name).foldl(
            tok(Token::Dot).ignore_then(name.clone()).repeated(),
            |value, attr| {
                if let Dotted::Name(id) = &value {
                    if &*id.name == "_" {
                        return Dotted::Wildcard(id.span);
                    }
                }
                let value = match value {
                    Dotted::Name(id) => Expr::new(ExprKind::Name(id.name), id.span),
                    Dotted::Attr(e) => e,
                    wildcard @ Dotted::Wildcard(_) => return wildcard,
                };
                let at = value.span.to(attr.span);
                Dotted::Attr(Expr::new(
                    ExprKind::Attribute {
                        value: Box::new(value),
                        attr,
                    },
                    at,
                ))
            },
        );

        let keyword_pattern = name
            .clone()
            .then_ignore(tok(Token::Assign))
            .then(pattern.clone());
        let class_arg = keyword_pattern
            .map(ClassArg::Keyword)
            .or(pattern.clone().map(ClassArg::Positional));
        let class_pattern = name_or_attr
            .clone()
            .then_ignore(tok(Token::LParen))
            .then(
                class_arg
                    .separated_by(tok(Token::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .then_ignore(tok(Token::RParen))
            .validate(|(cls, args), e, errors| {
                let cls = match cls {
                    Dotted::Name(id) => {
                        if &*id.name == "_" {
                            wildcard_misused(id.span, errors);
                        }
                        Expr::new(ExprKind::Name(id.name), id.span)
                    }
                    Dotted::Attr(e) => e,
                    Dotted::Wildcard(at) => {
                        wildcard_misused(at, errors);
                        Expr::new(ExprKind::Name("_".into()), at)
                    }
                };
                let mut patterns = Vec::new();
                let mut kwd_names = Vec::new();
                let mut kwd_patterns = Vec::new();
                for arg in args {
                    match arg {
                        ClassArg::Positional(p) => {
                            if !kwd_names.is_empty() {
                                errors.emit(Rich::custom(
                                    SimpleSpan::from(p.span.range()),
                                    "positional patterns follow keyword patterns",
                                ));
                            }
                            patterns.push(p);
                        }
                        ClassArg::Keyword((n, p)) => {
                            // CPython's parser takes a `_` right after the
                            // positional patterns as one more of them.
                            if &*n.name == "_" && kwd_names.is_empty() && !patterns.is_empty() {
                                wildcard_misused(n.span, errors);
                            }
                            kwd_names.push(n);
                            kwd_patterns.push(p);
                        }
                    }
                }
                pat(
                    PatternKind::Class {
                        cls,
                        patterns,
                        kwd_names,
                        kwd_patterns,
                    },
                    e.span(),
                )
            });

        let capture_or_value = name_or_attr.validate(|d, e, errors| match d {
            Dotted::Name(id) if &*id.name == "_" => pat(
                PatternKind::As {
                    pattern: None,
                    name: None,
                },
                e.span(),
            ),
            Dotted::Name(id) => pat(
                PatternKind::As {
                    pattern: None,
                    name: Some(id),
                },
                e.span(),
            ),
            Dotted::Attr(expr) => pat(PatternKind::Value(expr), e.span()),
            Dotted::Wildcard(at) => {
                wildcard_misused(at, errors);
                pat(
                    PatternKind::As {
                        pattern: None,
                        name: None,
                    },
                    e.span(),
                )
            }
        });

        let star_pattern = tok(Token::Star)
            .ignore_then(name.clone())
            .map_with(|id, e| {
                let name = if &*id.name == "_" { None } else { Some(id) };
                pat(PatternKind::Star(name), e.span())
            });
        let maybe_star = star_pattern.or(pattern.clone()).boxed();
        let list_pattern = tok(Token::LBracket)
            .ignore_then(
                maybe_star
                    .clone()
                    .separated_by(tok(Token::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .then_ignore(tok(Token::RBracket))
            .map_with(|items, e| pat(PatternKind::Sequence(items), e.span()));
        // `( )` is an empty sequence, `(p)` a group, `(p,)` and `(p, q)` sequences.
        let paren_pattern = tok(Token::LParen)
            .ignore_then(
                maybe_star
                    .clone()
                    .then(
                        tok(Token::Comma)
                            .ignore_then(
                                maybe_star
                                    .separated_by(tok(Token::Comma))
                                    .allow_trailing()
                                    .collect::<Vec<_>>(),
                            )
                            .or_not(),
                    )
                    .or_not(),
            )
            .then_ignore(tok(Token::RParen))
            .map_with(|body, e| match body {
                None => pat(PatternKind::Sequence(Vec::new()), e.span()),
                Some((first, None)) if !matches!(first.kind, PatternKind::Star(_)) => first,
                Some((first, rest)) => {
                    let mut items = vec![first];
                    items.extend(rest.unwrap_or_default());
                    pat(PatternKind::Sequence(items), e.span())
                }
            });

        let singleton_key =
            singleton.map_with(|c, e| Expr::new(ExprKind::Constant(c), span(e.span())));
        let mapping_key = choice((
            literal_expr.clone(),
            singleton_key,
            name_or_attr_expr(name.clone()),
        ));
        let mapping_item = choice((
            tok(Token::DoubleStar)
                .ignore_then(name.clone())
                .map(MapItem::Rest),
            mapping_key
                .then_ignore(tok(Token::Colon))
                .then(pattern.clone())
                .map(|(k, p)| MapItem::Pair(k, p)),
        ));
        let mapping_pattern = tok(Token::LBrace)
            .ignore_then(
                mapping_item
                    .separated_by(tok(Token::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .then_ignore(tok(Token::RBrace))
            .validate(|items, e, errors| {
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                for item in items {
                    match item {
                        MapItem::Pair(k, p) => {
                            if rest.is_some() {
                                errors.emit(Rich::custom(
                                    SimpleSpan::from(k.span.range()),
                                    "invalid syntax",
                                ));
                            }
                            keys.push(k);
                            patterns.push(p);
                        }
                        MapItem::Rest(n) => {
                            if &*n.name == "_" {
                                wildcard_misused(n.span, errors);
                            }
                            rest = Some(n)
                        }
                    }
                }
                pat(
                    PatternKind::Mapping {
                        keys,
                        patterns,
                        rest,
                    },
                    e.span(),
                )
            });

        let closed_pattern = choice((
            literal_expr.map_with(|v, e| pat(PatternKind::Value(v), e.span())),
            singleton.map_with(|c, e| pat(PatternKind::Singleton(c), e.span())),
            class_pattern,
            capture_or_value,
            paren_pattern,
            list_pattern,
            mapping_pattern,
        ))
        .boxed();
        let or_pattern = closed_pattern
            .separated_by(tok(Token::Pipe))
            .at_least(1)
            .collect::<Vec<_>>()
            .map_with(|mut alts, e| {
                if alts.len() == 1 {
                    alts.pop().unwrap()
                } else {
                    pat(PatternKind::Or(alts), e.span())
                }
            });
        or_pattern
            .then(tok(Token::As).ignore_then(name.clone()).or_not())
            .validate(|(p, alias), e, errors| match alias {
                None => p,
                Some(id) => {
                    if &*id.name == "_" {
                        errors.emit(Rich::custom(
                            SimpleSpan::from(id.span.range()),
                            "cannot use '_' as a target",
                        ));
                    }
                    pat(
                        PatternKind::As {
                            pattern: Some(Box::new(p)),
                            name: Some(id),
                        },
                        e.span(),
                    )
                }
            })
    });
    // open_sequence_pattern: `case a, *rest:`
    let item = tok(Token::Star)
        .ignore_then(name.clone())
        .map_with(|id, e| {
            pat(
                PatternKind::Star(if &*id.name == "_" { None } else { Some(id) }),
                e.span(),
            )
        })
        .or(pattern);
    item.clone()
        .then(
            tok(Token::Comma)
                .ignore_then(
                    item.separated_by(tok(Token::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .validate(|(first, rest), e, errors| match rest {
            None if !matches!(first.kind, PatternKind::Star(_)) => first,
            None => {
                // `case *rest:` needs a comma to be a sequence.
                errors.emit(Rich::custom(
                    SimpleSpan::from(first.span.range()),
                    "invalid syntax",
                ));
                first
            }
            rest => {
                let mut items = vec![first];
                items.extend(rest.unwrap_or_default());
                pat(PatternKind::Sequence(items), e.span())
            }
        })
        .boxed()
}

fn name_or_attr_expr<'t>(
    name: Boxed<'t, Ident>,
) -> impl Parser<'t, Tokens<'t>, Expr, Extra<'t>> + Clone {
    name.clone()
        .map(|id| Expr::new(ExprKind::Name(id.name), id.span))
        .foldl(
            tok(Token::Dot).ignore_then(name).repeated().at_least(1),
            |value, attr| {
                let at = value.span.to(attr.span);
                Expr::new(
                    ExprKind::Attribute {
                        value: Box::new(value),
                        attr,
                    },
                    at,
                )
            },
        )
}

#[derive(Clone)]
enum Dotted {
    Name(Ident),
    Attr(Expr),
    /// `_.x`: the wildcard cannot be looked into.
    Wildcard(Span),
}

/// `_` where a pattern needs a real name or value.
fn wildcard_misused(at: Span, errors: &mut chumsky::input::Emitter<Rich<'_, Token, SimpleSpan>>) {
    errors.emit(Rich::custom(SimpleSpan::from(at.range()), "invalid syntax"));
}

enum ClassArg {
    Positional(Pattern),
    Keyword((Ident, Pattern)),
}

enum MapItem {
    Pair(Expr, Pattern),
    Rest(Ident),
}
