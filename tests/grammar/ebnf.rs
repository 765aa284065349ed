//! A reader for the EBNF notation of `grammar/weft.ebnf`.
//!
//! ```text
//! rule ::= alternatives ;        # comment to the end of the line
//! a b      a | b      [ a ]      { a }      ( a )      a - b
//! 'terminal'    rule_name    TOKEN_CLASS
//! ```
//!
//! `a - b` ("an a that is not a b") binds tighter than juxtaposition and
//! `|` (write `a - ( b | c )` for several exclusions). Names in UPPER_CASE
//! are token classes, all others are rules.
//!
//! Plain module: no dependency on the weft crate, so it can be driven from
//! elsewhere too.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A terminal written in quotes: a keyword or an operator.
    Term(String),
    /// A token class: NAME, NUMBER, STRING, NEWLINE, ...
    Token(String),
    /// A reference to a rule.
    Rule(String),
    Seq(Vec<Expr>),
    Alt(Vec<Expr>),
    Opt(Box<Expr>),
    Rep(Box<Expr>),
    /// `a - b`: what `a` derives, except what one of the `b`s derives.
    Except(Box<Expr>, Vec<Expr>),
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub name: String,
    pub expr: Expr,
    /// 1-based line of the definition in the grammar file.
    pub line: usize,
}

#[derive(Clone, Debug)]
pub struct Grammar {
    pub rules: Vec<Rule>,
    index: HashMap<String, usize>,
}

#[derive(Debug)]
pub struct Error {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "grammar line {}: {}", self.line, self.message)
    }
}

impl Grammar {
    /// The index of rule `name` in `rules`.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// Rule names referenced somewhere but never defined, each with the
    /// line of (one of) the rules referencing it.
    pub fn undefined_rules(&self) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for rule in &self.rules {
            let mut refs = Vec::new();
            collect_refs(&rule.expr, &mut refs);
            for r in refs {
                if !self.index.contains_key(&r) && seen.insert(r.clone()) {
                    out.push((r, rule.line));
                }
            }
        }
        out
    }

    /// Defined rules that cannot be reached from any of `starts`.
    pub fn unreachable_rules(&self, starts: &[&str]) -> Vec<String> {
        let mut reached = vec![false; self.rules.len()];
        let mut stack: Vec<usize> = starts.iter().filter_map(|s| self.index_of(s)).collect();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut reached[i], true) {
                continue;
            }
            let mut refs = Vec::new();
            collect_refs(&self.rules[i].expr, &mut refs);
            stack.extend(refs.iter().filter_map(|r| self.index_of(r)));
        }
        self.rules
            .iter()
            .zip(reached)
            .filter(|(_, r)| !r)
            .map(|(rule, _)| rule.name.clone())
            .collect()
    }

    /// Every token class used in the grammar.
    pub fn token_classes(&self) -> BTreeSet<String> {
        fn walk(e: &Expr, out: &mut BTreeSet<String>) {
            match e {
                Expr::Token(t) => {
                    out.insert(t.clone());
                }
                Expr::Term(_) | Expr::Rule(_) => {}
                Expr::Seq(v) | Expr::Alt(v) => v.iter().for_each(|x| walk(x, out)),
                Expr::Opt(x) | Expr::Rep(x) => walk(x, out),
                Expr::Except(a, b) => {
                    walk(a, out);
                    b.iter().for_each(|x| walk(x, out));
                }
            }
        }
        let mut out = BTreeSet::new();
        for r in &self.rules {
            walk(&r.expr, &mut out);
        }
        out
    }
}

/// Names of the rules `e` refers to, in order of appearance.
pub fn collect_refs(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Rule(r) => out.push(r.clone()),
        Expr::Term(_) | Expr::Token(_) => {}
        Expr::Seq(v) | Expr::Alt(v) => v.iter().for_each(|x| collect_refs(x, out)),
        Expr::Opt(x) | Expr::Rep(x) => collect_refs(x, out),
        Expr::Except(a, b) => {
            collect_refs(a, out);
            b.iter().for_each(|x| collect_refs(x, out));
        }
    }
}

// ---------------------------------------------------------------------------
// Lexing
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Quoted(String),
    Define, // ::=
    Semi,
    Bar,
    Minus,
    Open(char),
    Close(char),
}

fn lex(src: &str) -> Result<Vec<(Tok, usize)>, Error> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            c if c.is_whitespace() => {}
            '#' => {
                while let Some(&c) = chars.peek() {
                    if c == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '\'' => {
                let mut s = String::new();
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some('\n') | None => {
                            return Err(Error {
                                line,
                                message: "unterminated terminal".into(),
                            })
                        }
                        Some(c) => s.push(c),
                    }
                }
                if s.is_empty() {
                    return Err(Error {
                        line,
                        message: "empty terminal ''".into(),
                    });
                }
                out.push((Tok::Quoted(s), line));
            }
            ':' => {
                if chars.next() == Some(':') && chars.next() == Some('=') {
                    out.push((Tok::Define, line));
                } else {
                    return Err(Error {
                        line,
                        message: "expected '::='".into(),
                    });
                }
            }
            ';' => out.push((Tok::Semi, line)),
            '|' => out.push((Tok::Bar, line)),
            '-' => out.push((Tok::Minus, line)),
            '(' | '[' | '{' => out.push((Tok::Open(c), line)),
            ')' | ']' | '}' => out.push((Tok::Close(c), line)),
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut s = String::from(c);
                while let Some(&c) = chars.peek() {
                    if c.is_ascii_alphanumeric() || c == '_' {
                        s.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push((Tok::Ident(s), line));
            }
            c => {
                return Err(Error {
                    line,
                    message: format!("unexpected character {c:?}"),
                })
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn line(&self) -> usize {
        self.toks
            .get(self.pos)
            .or(self.toks.last())
            .map(|(_, l)| *l)
            .unwrap_or(1)
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T, Error> {
        Err(Error {
            line: self.line(),
            message: message.into(),
        })
    }

    fn expect(&mut self, t: Tok, what: &str) -> Result<(), Error> {
        if self.peek() == Some(&t) {
            self.pos += 1;
            Ok(())
        } else {
            self.err(format!("expected {what}, found {:?}", self.peek()))
        }
    }

    fn rule(&mut self) -> Result<Rule, Error> {
        let line = self.line();
        let name = match self.peek() {
            Some(Tok::Ident(n)) if !is_token_class(n) => n.clone(),
            other => return self.err(format!("expected a rule name, found {other:?}")),
        };
        self.pos += 1;
        self.expect(Tok::Define, "'::='")?;
        let expr = self.alternatives()?;
        self.expect(Tok::Semi, "';' ending the rule")?;
        Ok(Rule { name, expr, line })
    }

    fn alternatives(&mut self) -> Result<Expr, Error> {
        let mut alts = vec![self.sequence()?];
        while self.peek() == Some(&Tok::Bar) {
            self.pos += 1;
            alts.push(self.sequence()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap()
        } else {
            Expr::Alt(alts)
        })
    }

    fn sequence(&mut self) -> Result<Expr, Error> {
        let mut items = Vec::new();
        while matches!(
            self.peek(),
            Some(Tok::Ident(_) | Tok::Quoted(_) | Tok::Open(_))
        ) {
            items.push(self.exception()?);
        }
        match items.len() {
            0 => self.err(format!("empty alternative before {:?}", self.peek())),
            1 => Ok(items.pop().unwrap()),
            _ => Ok(Expr::Seq(items)),
        }
    }

    fn exception(&mut self) -> Result<Expr, Error> {
        let base = self.primary()?;
        if self.peek() != Some(&Tok::Minus) {
            return Ok(base);
        }
        self.pos += 1;
        let sub = self.primary()?;
        let mut parts = Vec::new();
        flatten_alt(sub, &mut parts);
        Ok(Expr::Except(Box::new(base), parts))
    }

    fn primary(&mut self) -> Result<Expr, Error> {
        let tok = match self.peek() {
            Some(t) => t.clone(),
            None => return self.err("unexpected end of grammar"),
        };
        self.pos += 1;
        match tok {
            Tok::Ident(n) if is_token_class(&n) => Ok(Expr::Token(n)),
            Tok::Ident(n) => Ok(Expr::Rule(n)),
            Tok::Quoted(s) => Ok(Expr::Term(s)),
            Tok::Open(open) => {
                let inner = self.alternatives()?;
                let close = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                self.expect(Tok::Close(close), &format!("'{close}'"))?;
                Ok(match open {
                    '(' => inner,
                    '[' => Expr::Opt(Box::new(inner)),
                    _ => Expr::Rep(Box::new(inner)),
                })
            }
            other => {
                self.pos -= 1;
                self.err(format!("unexpected {other:?}"))
            }
        }
    }
}

fn flatten_alt(e: Expr, out: &mut Vec<Expr>) {
    match e {
        Expr::Alt(v) => v.into_iter().for_each(|x| flatten_alt(x, out)),
        other => out.push(other),
    }
}

/// UPPER_CASE names are token classes.
pub fn is_token_class(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Reads a grammar. Fails on syntax errors and on rules defined twice.
pub fn parse(src: &str) -> Result<Grammar, Error> {
    let mut p = Parser {
        toks: lex(src)?,
        pos: 0,
    };
    let mut rules: Vec<Rule> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    while p.pos < p.toks.len() {
        let rule = p.rule()?;
        if let Some(&prev) = index.get(&rule.name) {
            return Err(Error {
                line: rule.line,
                message: format!(
                    "rule `{}` defined twice (first on line {})",
                    rule.name, rules[prev].line
                ),
            });
        }
        index.insert(rule.name.clone(), rules.len());
        rules.push(rule);
    }
    Ok(Grammar { rules, index })
}
