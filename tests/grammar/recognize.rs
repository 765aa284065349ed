//! Does an expression of the grammar derive a given token sequence?
//!
//! Used by the generator for `a - b` ("an a that is not a b"): what it
//! derived for `a` is rejected when `b` derives it too. A memoized
//! recognizer that follows every alternative (the grammar is context-free,
//! the order of alternatives does not matter), computing for each rule and
//! start position every position where a derivation can end. The grammar
//! has no left recursion (it writes it as repetition); should a rule be
//! re-entered at the same position, that path is cut.

use std::collections::HashMap;

use crate::ebnf::{Expr, Grammar};

/// Whether a token (second argument) belongs to a token class (first).
pub type Member<'a> = &'a dyn Fn(&str, &str) -> bool;

pub struct Recognizer<'a> {
    g: &'a Grammar,
    toks: &'a [&'a str],
    member: Member<'a>,
    memo: HashMap<(usize, usize), Option<Vec<usize>>>,
}

impl<'a> Recognizer<'a> {
    pub fn new(g: &'a Grammar, toks: &'a [&'a str], member: Member<'a>) -> Self {
        Recognizer {
            g,
            toks,
            member,
            memo: HashMap::new(),
        }
    }

    /// Whether `e` derives exactly all the tokens.
    pub fn derives_all(&mut self, e: &Expr) -> bool {
        self.ends(e, 0).contains(&self.toks.len())
    }

    /// Every position where a derivation of `e` starting at `pos` can end,
    /// sorted, without duplicates.
    fn ends(&mut self, e: &Expr, pos: usize) -> Vec<usize> {
        let mut out = match e {
            Expr::Term(t) => match self.toks.get(pos) {
                Some(tok) if tok == t => vec![pos + 1],
                _ => vec![],
            },
            Expr::Token(class) => match self.toks.get(pos) {
                Some(tok) if (self.member)(class, tok) => vec![pos + 1],
                _ => vec![],
            },
            Expr::Rule(name) => {
                let i = self
                    .g
                    .index_of(name)
                    .unwrap_or_else(|| panic!("undefined rule `{name}`"));
                match self.memo.get(&(i, pos)) {
                    Some(Some(done)) => return done.clone(),
                    Some(None) => return vec![], // re-entered: cut
                    None => {}
                }
                self.memo.insert((i, pos), None);
                let g = self.g;
                let r = self.ends(&g.rules[i].expr, pos);
                self.memo.insert((i, pos), Some(r.clone()));
                return r;
            }
            Expr::Seq(items) => {
                let mut here = vec![pos];
                for item in items {
                    let mut next = Vec::new();
                    for p in here {
                        next.extend(self.ends(item, p));
                    }
                    next.sort_unstable();
                    next.dedup();
                    here = next;
                    if here.is_empty() {
                        break;
                    }
                }
                here
            }
            Expr::Alt(alts) => {
                let mut all = Vec::new();
                for a in alts {
                    all.extend(self.ends(a, pos));
                }
                all
            }
            Expr::Opt(x) => {
                let mut all = vec![pos];
                all.extend(self.ends(x, pos));
                all
            }
            Expr::Rep(x) => {
                let mut all = vec![pos];
                let mut frontier = vec![pos];
                while let Some(p) = frontier.pop() {
                    for q in self.ends(x, p) {
                        if !all.contains(&q) {
                            all.push(q);
                            frontier.push(q);
                        }
                    }
                }
                all
            }
            Expr::Except(a, excluded) => {
                let ends = self.ends(a, pos);
                let mut kept = Vec::new();
                for end in ends {
                    let toks: &'a [&'a str] = self.toks;
                    let mut sub = Recognizer::new(self.g, &toks[pos..end], self.member);
                    if !excluded.iter().any(|b| sub.derives_all(b)) {
                        kept.push(end);
                    }
                }
                kept
            }
        };
        out.sort_unstable();
        out.dedup();
        out
    }
}
