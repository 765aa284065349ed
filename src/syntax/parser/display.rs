//! Bracket displays: `( ... )` (tuple, group, generator expression),
//! `[ ... ]` (list, list comprehension) and `{ ... }` (dict, set and their
//! comprehensions). Each reads its first item, then decides what it is.

use chumsky::prelude::*;

use super::validate;
use super::{span, Boxed, Extra, Tokens};
use crate::syntax::ast::*;
use crate::syntax::token::Token;

fn tok<'t>(token: Token) -> impl Parser<'t, Tokens<'t>, Token, Extra<'t>> + Clone {
    just(token)
}

/// The expression parsers displays are made of.
pub(super) struct Inner<'t> {
    pub star_named_expression: Boxed<'t, Expr>,
    pub yield_expr: Boxed<'t, Expr>,
    pub expression: Boxed<'t, Expr>,
    pub bitwise_or: Boxed<'t, Expr>,
    pub for_if_clauses: Boxed<'t, Vec<Comprehension>>,
}

pub(super) fn displays<'t>(inner: Inner<'t>) -> Boxed<'t, Expr> {
    // `, item, item,` after the first item of a display.
    let more_items = tok(Token::Comma)
        .ignore_then(
            inner
                .star_named_expression
                .clone()
                .separated_by(tok(Token::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .boxed();

    // `( ... )`: empty tuple, parenthesised yield, generator expression,
    // tuple or group.
    let paren = tok(Token::LParen)
        .ignore_then(choice((
            tok(Token::RParen).to(None),
            inner
                .yield_expr
                .clone()
                .then_ignore(tok(Token::RParen))
                .map(|e| Some(Paren::Group(e))),
            inner
                .star_named_expression
                .clone()
                .then(choice((
                    inner
                        .for_if_clauses
                        .clone()
                        .then_ignore(tok(Token::RParen))
                        .map(ParenTail::Gen),
                    more_items
                        .clone()
                        .then_ignore(tok(Token::RParen))
                        .map(ParenTail::Tuple),
                    tok(Token::RParen).to(ParenTail::Group),
                )))
                .map(|(first, tail)| Some(Paren::Tail(first, tail))),
        )))
        .validate(|paren, e, emitter| {
            let at = span(e.span());
            match paren {
                None => Expr::new(ExprKind::Tuple(Vec::new()), at),
                Some(Paren::Group(inner)) => inner,
                Some(Paren::Tail(first, ParenTail::Group)) => {
                    if matches!(first.kind, ExprKind::Starred(_)) {
                        emitter.emit(Rich::custom(e.span(), "cannot use starred expression here"));
                    }
                    first
                }
                Some(Paren::Tail(first, ParenTail::Tuple(rest))) => {
                    let mut items = vec![first];
                    items.extend(rest);
                    Expr::new(ExprKind::Tuple(items), at)
                }
                Some(Paren::Tail(elt, ParenTail::Gen(generators))) => {
                    validate::comprehension_element(&elt, emitter);
                    Expr::new(
                        ExprKind::GeneratorExp {
                            elt: Box::new(elt),
                            generators,
                        },
                        at,
                    )
                }
            }
        });

    let list = tok(Token::LBracket)
        .ignore_then(
            inner
                .star_named_expression
                .clone()
                .then(choice((
                    inner.for_if_clauses.clone().map(ListTail::Comp),
                    more_items.clone().map(ListTail::More),
                    empty().to(ListTail::More(Vec::new())),
                )))
                .or_not(),
        )
        .then_ignore(tok(Token::RBracket))
        .validate(|body, e, emitter| {
            let at = span(e.span());
            match body {
                None => Expr::new(ExprKind::List(Vec::new()), at),
                Some((elt, ListTail::Comp(generators))) => {
                    validate::comprehension_element(&elt, emitter);
                    Expr::new(
                        ExprKind::ListComp {
                            elt: Box::new(elt),
                            generators,
                        },
                        at,
                    )
                }
                Some((first, ListTail::More(rest))) => {
                    let mut items = vec![first];
                    items.extend(rest);
                    Expr::new(ExprKind::List(items), at)
                }
            }
        });

    let dict_item = choice((
        tok(Token::DoubleStar)
            .ignore_then(inner.bitwise_or.clone())
            .map(DictItem::Unpack),
        inner
            .expression
            .clone()
            .then_ignore(tok(Token::Colon))
            .then(inner.expression.clone())
            .map(|(k, v)| DictItem::Pair(k, v)),
    ));
    let more_dict_items = tok(Token::Comma).ignore_then(
        dict_item
            .clone()
            .separated_by(tok(Token::Comma))
            .allow_trailing()
            .collect(),
    );
    let brace = tok(Token::LBrace)
        .ignore_then(
            choice((
                tok(Token::DoubleStar)
                    .ignore_then(inner.bitwise_or.clone())
                    .then(more_dict_items.clone().or_not())
                    .map(|(first, rest)| {
                        Brace::Dict(DictItem::Unpack(first), rest.unwrap_or_default())
                    }),
                inner
                    .star_named_expression
                    .clone()
                    .then(choice((
                        tok(Token::Colon)
                            .ignore_then(inner.expression.clone())
                            .then(choice((
                                inner.for_if_clauses.clone().map(PairTail::Comp),
                                more_dict_items.clone().map(PairTail::More),
                                empty().to(PairTail::More(Vec::new())),
                            )))
                            .map(|(value, tail)| BraceTail::Pair(value, tail)),
                        inner.for_if_clauses.clone().map(BraceTail::SetComp),
                        more_items.clone().map(BraceTail::Set),
                        empty().to(BraceTail::Set(Vec::new())),
                    )))
                    .map(|(first, tail)| Brace::Rest(first, tail)),
            ))
            .or_not(),
        )
        .then_ignore(tok(Token::RBrace))
        .validate(|body, e, emitter| {
            let at = span(e.span());
            let kind = match body {
                None => ExprKind::Dict(Vec::new()),
                Some(Brace::Dict(first, rest)) => {
                    let mut items = vec![first];
                    items.extend(rest);
                    ExprKind::Dict(items)
                }
                Some(Brace::Rest(key, BraceTail::Pair(value, PairTail::More(rest)))) => {
                    validate::plain_value(&key, emitter);
                    let mut items = vec![DictItem::Pair(key, value)];
                    items.extend(rest);
                    ExprKind::Dict(items)
                }
                Some(Brace::Rest(key, BraceTail::Pair(value, PairTail::Comp(generators)))) => {
                    validate::plain_value(&key, emitter);
                    ExprKind::DictComp {
                        key: Box::new(key),
                        value: Box::new(value),
                        generators,
                    }
                }
                Some(Brace::Rest(elt, BraceTail::SetComp(generators))) => {
                    validate::comprehension_element(&elt, emitter);
                    ExprKind::SetComp {
                        elt: Box::new(elt),
                        generators,
                    }
                }
                Some(Brace::Rest(first, BraceTail::Set(rest))) => {
                    let mut items = vec![first];
                    items.extend(rest);
                    ExprKind::Set(items)
                }
            };
            Expr::new(kind, at)
        });

    choice((paren, list, brace)).boxed()
}

#[derive(Clone)]
enum Paren {
    Group(Expr),
    Tail(Expr, ParenTail),
}

#[derive(Clone)]
enum ParenTail {
    Gen(Vec<Comprehension>),
    Tuple(Vec<Expr>),
    Group,
}

#[derive(Clone)]
enum ListTail {
    Comp(Vec<Comprehension>),
    More(Vec<Expr>),
}

#[derive(Clone)]
enum Brace {
    Dict(DictItem, Vec<DictItem>),
    Rest(Expr, BraceTail),
}

#[derive(Clone)]
enum BraceTail {
    Pair(Expr, PairTail),
    SetComp(Vec<Comprehension>),
    Set(Vec<Expr>),
}

#[derive(Clone)]
enum PairTail {
    Comp(Vec<Comprehension>),
    More(Vec<DictItem>),
}
