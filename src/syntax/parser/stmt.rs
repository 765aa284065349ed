//! Statements: simple statements, compound statements and blocks, with
//! recovery from a statement that fails to parse.

use std::rc::Rc;

use chumsky::input::Emitter;
use chumsky::prelude::*;
use chumsky::recovery::via_parser;

use super::expr::{expressions, ExprParsers};
use super::pattern::patterns;
use super::validate;
use super::{incomplete_indentation_error, indentation_error, span, Boxed, Extra, Tokens};
use crate::syntax::ast::*;
use crate::syntax::lexer::line_of;
use crate::syntax::token::Token;

fn tok<'t>(token: Token) -> impl Parser<'t, Tokens<'t>, Token, Extra<'t>> + Clone {
    just(token)
}

/// `( item, item, )`: one or more, trailing comma allowed.
fn parenthesized_list<'t, O: 't>(
    item: impl Parser<'t, Tokens<'t>, O, Extra<'t>> + Clone + 't,
) -> impl Parser<'t, Tokens<'t>, Vec<O>, Extra<'t>> + Clone {
    tok(Token::LParen)
        .ignore_then(
            item.separated_by(tok(Token::Comma))
                .at_least(1)
                .allow_trailing()
                .collect(),
        )
        .then_ignore(tok(Token::RParen))
}

/// A block after a header's `:`, or the place where one was missing.
#[derive(Clone)]
enum Suite {
    Body(Vec<Stmt>),
    /// Where to report it, and whether the input ended there (the REPL
    /// then asks for more).
    Missing(SimpleSpan, bool),
}

type Errors<'t> = Emitter<Rich<'t, Token, SimpleSpan>>;

/// Turns a suite into statements, reporting a missing indented block the
/// way CPython does ("expected an indented block after 'if' statement on
/// line 3").
fn body(
    source: &str,
    suite: Suite,
    after: &str,
    header: SimpleSpan,
    errors: &mut Errors,
) -> Vec<Stmt> {
    match suite {
        Suite::Body(stmts) => stmts,
        Suite::Missing(at, at_end) => {
            let line = line_of(source, header.start).number;
            let message = format!("expected an indented block after {after} on line {line}");
            errors.emit(if at_end {
                incomplete_indentation_error(message, at)
            } else {
                indentation_error(message, at)
            });
            Vec::new()
        }
    }
}

pub(crate) fn file<'t>(source: &'t str) -> impl Parser<'t, Tokens<'t>, Module, Extra<'t>> {
    let x = expressions();
    statements(source, &x)
        .then_ignore(end())
        .map(|body| Module { body })
}

fn statements<'t>(source: &'t str, x: &ExprParsers<'t>) -> Boxed<'t, Vec<Stmt>> {
    recursive(|statements| {
        // A missing block is reported at the next line's first token, or,
        // at the end of the file or block, where the header's line ends (as CPython).
        let suite = tok(Token::Newline)
            .map_with(|_, e| e.span())
            .then(choice((
                tok(Token::Indent)
                    .ignore_then(statements.clone())
                    .then_ignore(tok(Token::Dedent))
                    .map(|body| Ok(Suite::Body(body))),
                none_of([Token::Indent, Token::Dedent])
                    .rewind()
                    .map_with(|_, e| Ok(Suite::Missing(e.span(), false))),
                // The block or the file ends right away: where it ends.
                tok(Token::Dedent)
                    .ignored()
                    .or(end())
                    .rewind()
                    .map_with(|_, e| Err(e.span().start)),
            )))
            .map(
                move |(newline, suite): (SimpleSpan, Result<Suite, usize>)| {
                    // CPython reports that case where the header's line ends.
                    suite.unwrap_or_else(|next| {
                        Suite::Missing(
                            SimpleSpan::from(newline.start..newline.start),
                            next >= source.len(),
                        )
                    })
                },
            )
            .or(simple_stmts(source, x).map(Suite::Body))
            .boxed();
        let compound = compound_stmt(source, x, suite).map(|s| vec![s]);
        let unexpected_indent = tok(Token::Indent)
            .map_with(|_, e| e.span())
            .then(statements.clone())
            .then_ignore(tok(Token::Dedent))
            .validate(|(at, stmts), _, errors| {
                errors.emit(indentation_error("unexpected indent", at));
                stmts
            });
        let statement = choice((compound, simple_stmts(source, x), unexpected_indent))
            .recover_with(via_parser(skip_statement()));
        statement
            .repeated()
            .collect::<Vec<Vec<Stmt>>>()
            .map(|groups| groups.into_iter().flatten().collect())
    })
    .boxed()
}

/// Recovery: skip the rest of a broken logical line, and the indented
/// block it opened, if any.
fn skip_statement<'t>() -> impl Parser<'t, Tokens<'t>, Vec<Stmt>, Extra<'t>> + Clone {
    let skip_block = recursive(|skip_block| {
        tok(Token::Indent)
            .ignore_then(
                choice((
                    skip_block,
                    none_of([Token::Indent, Token::Dedent]).ignored(),
                ))
                .repeated(),
            )
            .then_ignore(tok(Token::Dedent))
    });
    none_of([Token::Newline, Token::Indent, Token::Dedent])
        .repeated()
        .then(tok(Token::Newline))
        .then(skip_block.or_not())
        .map_with(|_, e| {
            vec![Stmt {
                kind: StmtKind::Error,
                span: span(e.span()),
            }]
        })
}

fn simple_stmts<'t>(source: &'t str, x: &ExprParsers<'t>) -> Boxed<'t, Vec<Stmt>> {
    simple_stmt(source, x)
        .separated_by(tok(Token::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(tok(Token::Newline))
        .boxed()
}

#[derive(Clone)]
enum AssignTail {
    /// Where the `:` is, the annotation and the value.
    Ann(usize, Expr, Option<Expr>),
    Aug(BinOp, Expr),
    Assign(Vec<Expr>),
    None,
}

fn simple_stmt<'t>(source: &'t str, x: &ExprParsers<'t>) -> Boxed<'t, Stmt> {
    let name = x.name.clone();
    let rhs = x.yield_expr.clone().or(x.star_expressions.clone()).boxed();
    let augassign = select_ref! {
        Token::PlusEq => BinOp::Add,
        Token::MinusEq => BinOp::Sub,
        Token::StarEq => BinOp::Mul,
        Token::AtEq => BinOp::MatMul,
        Token::SlashEq => BinOp::Div,
        Token::DoubleSlashEq => BinOp::FloorDiv,
        Token::PercentEq => BinOp::Mod,
        Token::DoubleStarEq => BinOp::Pow,
        Token::LShiftEq => BinOp::LShift,
        Token::RShiftEq => BinOp::RShift,
        Token::PipeEq => BinOp::BitOr,
        Token::CaretEq => BinOp::BitXor,
        Token::AmperEq => BinOp::BitAnd,
    };
    let assignment = tok(Token::LParen)
        .rewind()
        .or_not()
        .then(rhs.clone())
        .then(choice((
            tok(Token::Colon)
                .map_with(|_, e| e.span().start)
                .then(x.expression.clone())
                .then(tok(Token::Assign).ignore_then(rhs.clone()).or_not())
                .map(|((colon, annotation), value)| AssignTail::Ann(colon, annotation, value)),
            augassign
                .then(rhs.clone())
                .map(|(op, value)| AssignTail::Aug(op, value)),
            tok(Token::Assign)
                .ignore_then(rhs.clone())
                .repeated()
                .at_least(1)
                .collect()
                .map(AssignTail::Assign),
            empty().to(AssignTail::None),
        )))
        .validate(|((paren, first), tail), _, errors| match tail {
            AssignTail::None => StmtKind::Expr(first),
            AssignTail::Ann(colon, annotation, value) => {
                // `(a)[0]: int` looks into a parenthesised name; `(x[0]): int`
                // wraps the whole target, which is fine.
                let wrapped = source[first.span.end as usize..colon].contains(')');
                validate::ann_target(&first, paren.is_some() && !wrapped, errors);
                let simple = paren.is_none() && matches!(first.kind, ExprKind::Name(_));
                StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                }
            }
            AssignTail::Aug(op, value) => {
                validate::aug_target(&first, errors);
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                }
            }
            AssignTail::Assign(mut values) => {
                let value = values.pop().unwrap();
                let mut targets = Vec::with_capacity(values.len() + 1);
                targets.push(first);
                targets.extend(values);
                let single = targets.len() == 1;
                for target in &targets {
                    validate::store_target(target, single, errors);
                }
                StmtKind::Assign { targets, value }
            }
        });

    let dotted_name = name
        .clone()
        .separated_by(tok(Token::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|parts, e| DottedName {
            parts,
            span: span(e.span()),
        })
        .boxed();
    let as_name = tok(Token::As).ignore_then(name.clone()).or_not();
    let import_name = tok(Token::Import).ignore_then(
        dotted_name
            .clone()
            .then(as_name.clone())
            .map(|(name, asname)| Alias { name, asname })
            .separated_by(tok(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(StmtKind::Import),
    );
    let from_as_name = name.clone().then(as_name).map(|(n, asname)| Alias {
        name: DottedName {
            span: n.span,
            parts: vec![n],
        },
        asname,
    });
    let from_names = choice((
        tok(Token::Star).to(None),
        parenthesized_list(from_as_name.clone()).map(Some),
        from_as_name
            .separated_by(tok(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .then(tok(Token::Comma).map_with(|_, e| e.span()).or_not())
            .validate(|(names, trailing), _, errors| {
                if let Some(at) = trailing {
                    errors.emit(Rich::custom(
                        SimpleSpan::from(at.end..at.end),
                        "trailing comma not allowed without surrounding parentheses",
                    ));
                }
                Some(names)
            }),
    ));
    let dots = select_ref! { Token::Dot => 1u32, Token::Ellipsis => 3u32 }
        .repeated()
        .fold(0, |a, b| a + b);
    let import_from = tok(Token::From)
        .ignore_then(dots)
        .then(dotted_name.or_not())
        .then_ignore(tok(Token::Import))
        .then(from_names)
        .try_map_with(|((level, module), names), e| {
            if level == 0 && module.is_none() {
                return Err(Rich::custom(e.span(), "invalid syntax"));
            }
            let star = names.is_none();
            Ok(StmtKind::ImportFrom {
                module,
                level,
                names: names.unwrap_or_default(),
                star,
            })
        });

    let name_list = name
        .clone()
        .separated_by(tok(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>();
    choice((
        tok(Token::Pass).to(StmtKind::Pass),
        tok(Token::Break).to(StmtKind::Break),
        tok(Token::Continue).to(StmtKind::Continue),
        tok(Token::Return)
            .ignore_then(x.star_expressions.clone().or_not())
            .map(StmtKind::Return),
        tok(Token::Raise)
            .ignore_then(
                x.expression
                    .clone()
                    .then(tok(Token::From).ignore_then(x.expression.clone()).or_not())
                    .or_not(),
            )
            .map(|r| match r {
                None => StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                Some((exc, cause)) => StmtKind::Raise {
                    exc: Some(exc),
                    cause,
                },
            }),
        tok(Token::Global)
            .ignore_then(name_list.clone())
            .map(StmtKind::Global),
        tok(Token::Nonlocal)
            .ignore_then(name_list)
            .map(StmtKind::Nonlocal),
        tok(Token::Del)
            .ignore_then(x.del_targets.clone())
            .map(StmtKind::Del),
        tok(Token::Assert)
            .ignore_then(x.expression.clone())
            .then(tok(Token::Comma).ignore_then(x.expression.clone()).or_not())
            .map(|(test, msg)| StmtKind::Assert { test, msg }),
        import_name,
        import_from,
        assignment,
    ))
    .map_with(|kind, e| Stmt {
        kind,
        span: span(e.span()),
    })
    .boxed()
}

fn compound_stmt<'t>(
    source: &'t str,
    x: &ExprParsers<'t>,
    suite: Boxed<'t, Suite>,
) -> Boxed<'t, Stmt> {
    let kw = |token: Token| tok(token).map_with(|_, e| e.span());
    let colon_suite = tok(Token::Colon).ignore_then(suite.clone()).boxed();
    let else_block = kw(Token::Else)
        .then(colon_suite.clone())
        .validate(move |(at, s), _, errors| body(source, s, "'else' statement", at, errors))
        .or_not()
        .map(Option::unwrap_or_default)
        .boxed();
    let async_kw = tok(Token::Async).or_not().map(|a| a.is_some());

    // if / elif / else: elif chains nest as `If` in the else branch.
    let if_stmt = kw(Token::If)
        .then(x.named_expression.clone())
        .then(colon_suite.clone())
        .then(
            kw(Token::Elif)
                .then(x.named_expression.clone())
                .then(colon_suite.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(else_block.clone())
        .validate(move |((((at, test), s), elifs), mut orelse), _, errors| {
            let first = body(source, s, "'if' statement", at, errors);
            let elifs: Vec<(SimpleSpan, Expr, Vec<Stmt>)> = elifs
                .into_iter()
                .map(|((at, test), s)| (at, test, body(source, s, "'elif' statement", at, errors)))
                .collect();
            for (at, test, body) in elifs.into_iter().rev() {
                let end = orelse
                    .last()
                    .map_or(body.last().map_or(test.span, |s| s.span), |s: &Stmt| s.span);
                let whole = span(at).to(end);
                orelse = vec![Stmt {
                    kind: StmtKind::If { test, body, orelse },
                    span: whole,
                }];
            }
            StmtKind::If {
                test,
                body: first,
                orelse,
            }
        });

    let while_stmt = kw(Token::While)
        .then(x.named_expression.clone())
        .then(colon_suite.clone())
        .then(else_block.clone())
        .validate(
            move |(((at, test), s), orelse), _, errors| StmtKind::While {
                test,
                body: body(source, s, "'while' statement", at, errors),
                orelse,
            },
        );

    let for_stmt = async_kw
        .clone()
        .then(kw(Token::For))
        .then(x.star_targets.clone())
        .then_ignore(tok(Token::In))
        .then(x.star_expressions.clone())
        .then(colon_suite.clone())
        .then(else_block.clone())
        .validate(
            move |(((((is_async, at), target), iter), s), orelse), _, errors| StmtKind::For {
                is_async,
                target,
                iter,
                body: body(source, s, "'for' statement", at, errors),
                orelse,
            },
        );

    let with_item = x
        .expression
        .clone()
        .then(tok(Token::As).ignore_then(x.star_target.clone()).or_not())
        .map(|(context, target)| WithItem { context, target });
    let with_items = choice((
        parenthesized_list(with_item.clone()).then_ignore(tok(Token::Colon).rewind()),
        with_item
            .separated_by(tok(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    let with_stmt = async_kw
        .clone()
        .then(kw(Token::With))
        .then(with_items)
        .then(colon_suite.clone())
        .validate(
            move |(((is_async, at), items), s), _, errors| StmtKind::With {
                is_async,
                items,
                body: body(source, s, "'with' statement", at, errors),
            },
        );

    let handler = kw(Token::Except)
        .then(tok(Token::Star).or_not().map(|s| s.is_some()))
        .then(
            x.expression
                .clone()
                .then(tok(Token::As).ignore_then(x.name.clone()).or_not())
                .or_not(),
        )
        .then(colon_suite.clone())
        .validate(move |(((at, star), typ), s), e, errors| {
            let after = if star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let body = body(source, s, after, at, errors);
            if star && typ.is_none() {
                errors.emit(Rich::custom(at, "expected one or more exception types"));
            }
            let (typ, name) = match typ {
                Some((typ, name)) => (Some(typ), name),
                None => (None, None),
            };
            (
                star,
                ExceptHandler {
                    typ,
                    name,
                    body,
                    span: span(e.span()),
                },
            )
        });
    let finally_block = kw(Token::Finally)
        .then(colon_suite.clone())
        .validate(move |(at, s), _, errors| body(source, s, "'finally' statement", at, errors));
    let try_stmt = kw(Token::Try)
        .then(colon_suite.clone())
        .then(choice((
            handler
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .then(else_block.clone())
                .then(finally_block.clone().or_not())
                .map(|((handlers, orelse), finalbody)| {
                    (handlers, orelse, finalbody.unwrap_or_default())
                }),
            finally_block.map(|finalbody| (Vec::new(), Vec::new(), finalbody)),
        )))
        .validate(move |((at, s), (handlers, orelse, finalbody)), _, errors| {
            let body = body(source, s, "'try' statement", at, errors);
            let star = handlers.first().is_some_and(|h| h.0);
            if let Some((_, odd)) = handlers.iter().find(|h| h.0 != star) {
                let message = "cannot have both 'except' and 'except*' on the same 'try'";
                errors.emit(Rich::custom(SimpleSpan::from(odd.span.range()), message));
            }
            let handlers = handlers.into_iter().map(|h| h.1).collect();
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            }
        });

    let decorators = tok(Token::At)
        .ignore_then(x.named_expression.clone())
        .then_ignore(tok(Token::Newline))
        .repeated()
        .collect::<Vec<_>>();
    let returns = tok(Token::Arrow).ignore_then(x.expression.clone()).or_not();
    let function_def = async_kw
        .then(kw(Token::Def))
        .then(x.name.clone())
        .then(
            tok(Token::LParen)
                .ignore_then(x.params.clone().or_not())
                .then_ignore(tok(Token::RParen)),
        )
        .then(returns)
        .then(colon_suite.clone())
        .validate(
            move |(((((is_async, at), name), params), returns), s), _, errors| {
                let body = body(source, s, "function definition", at, errors);
                let params = params.unwrap_or_default();
                Rc::new(FunctionDef {
                    is_async,
                    name,
                    params,
                    returns,
                    body,
                    decorators: Vec::new(),
                })
            },
        );
    let class_def = kw(Token::Class)
        .then(x.name.clone())
        .then(
            tok(Token::LParen)
                .ignore_then(x.class_arguments.clone())
                .then_ignore(tok(Token::RParen))
                .or_not(),
        )
        .then(colon_suite.clone())
        .validate(move |(((at, name), args), s), _, errors| {
            let body = body(source, s, "class definition", at, errors);
            Rc::new(ClassDef {
                name,
                args: args.unwrap_or_default(),
                body,
                decorators: Vec::new(),
            })
        });
    let definition = decorators
        .then(choice((
            function_def.map(Def::Function),
            class_def.map(Def::Class),
        )))
        .map(|(decorators, def)| match def {
            Def::Function(mut f) => {
                Rc::get_mut(&mut f).unwrap().decorators = decorators;
                StmtKind::FunctionDef(f)
            }
            Def::Class(mut c) => {
                Rc::get_mut(&mut c).unwrap().decorators = decorators;
                StmtKind::ClassDef(c)
            }
        });

    let soft_keyword = |word: &'static str| {
        select_ref! { Token::Ident(n) = e if &**n == word => e.span() }
    };
    let case_block = soft_keyword("case")
        .then(patterns(x))
        .then(
            tok(Token::If)
                .ignore_then(x.named_expression.clone())
                .or_not(),
        )
        .then(colon_suite)
        .validate(move |(((at, pattern), guard), s), _, errors| MatchCase {
            pattern,
            guard,
            body: body(source, s, "'case' statement", at, errors),
        });
    let match_stmt = soft_keyword("match")
        .then(x.star_named_expressions.clone())
        .then_ignore(tok(Token::Colon))
        .then_ignore(tok(Token::Newline))
        .then(
            tok(Token::Indent)
                .ignore_then(case_block.repeated().at_least(1).collect::<Vec<_>>())
                .then_ignore(tok(Token::Dedent))
                .map(Some)
                .or(none_of([Token::Indent])
                    .rewind()
                    .ignored()
                    .or(end())
                    .to(None)),
        )
        .validate(move |((at, subject), cases), e, errors| {
            let cases = cases.unwrap_or_else(|| {
                let missing = SimpleSpan::from(e.span().end..e.span().end);
                body(
                    source,
                    Suite::Missing(missing, e.span().end >= source.len()),
                    "'match' statement",
                    at,
                    errors,
                );
                Vec::new()
            });
            StmtKind::Match { subject, cases }
        });

    choice((
        definition, if_stmt, for_stmt, while_stmt, with_stmt, try_stmt, match_stmt,
    ))
    .map_with(|kind, e| Stmt {
        kind,
        span: span(e.span()),
    })
    .boxed()
}

#[derive(Clone)]
enum Def {
    Function(Rc<FunctionDef>),
    Class(Rc<ClassDef>),
}
