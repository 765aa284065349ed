//! Random programs from a grammar read by `ebnf.rs`.
//!
//! Size is bounded two ways:
//! - a token budget, split among the parts of each sequence: once a part's
//!   budget is spent, optional parts are left out, repetitions are empty
//!   and the alternative with the fewest tokens is chosen;
//! - a depth limit on rule expansions: past it, the alternative with the
//!   smallest minimal derivation depth is chosen (precomputed), which ends
//!   every derivation.
//!
//! For `a - b`, what was derived for `a` is checked with the recognizer
//! (`recognize.rs`) and derived again while `b` derives it too.
//!
//! Token classes are drawn from small pools that cover every literal form;
//! layout tokens (NEWLINE, INDENT, DEDENT) are rendered by tracking the
//! indentation level, 4 spaces per level. Other tokens are separated by one
//! space, which never changes their meaning.
//!
//! Plain module (besides `ebnf` and `recognize`): no dependency on the weft
//! crate.

use crate::ebnf::{Expr, Grammar};
use crate::recognize::Recognizer;

/// The token classes this generator knows how to produce.
pub const TOKEN_CLASSES: &[&str] = &[
    "NAME",
    "NUMBER",
    "IMAGINARY",
    "STRING",
    "NEWLINE",
    "INDENT",
    "DEDENT",
    "ENDMARKER",
];

/// Identifiers: never keywords, but including the soft keywords, a few
/// builtins and non-ASCII letters.
pub const NAMES: &[&str] = &[
    "a", "b", "x", "y", "foo", "bar_2", "_priv", "Spam", "match", "case", "_", "type", "print",
    "π", "café",
];

/// Real numbers: every integer and float form.
pub const REAL_NUMBERS: &[&str] = &[
    "0", "7", "42", "00", "1_000", "0x1F", "0Xab", "0o17", "0O7_7", "0b101", "0B1_1", "3.14", "1.",
    ".5", "0.0", "1e10", "1.5E-3", "2e+5", "1_0.0_1",
];

/// Imaginary numbers.
pub const IMAGINARY_NUMBERS: &[&str] = &["2j", "1.5j", ".5J", "1e-3j", "0j", "1_0J"];

/// STRING tokens: one or more adjacent literals, never mixing bytes and text.
pub const STRINGS: &[&str] = &[
    "'a'",
    "\"b\"",
    "''",
    "'it\\'s # not a comment'",
    "'''tri'''",
    "\"\"\"doc \"quoted\" \"\"\"",
    "'''two\nlines'''",
    "'\\n\\t\\x41\\u00e9\\N{BULLET}\\\\'",
    "'héllo 日本'",
    "r'\\d+'",
    "R\"raw\\\"\"",
    "u'uni'",
    "U\"UNI\"",
    "b'bytes'",
    "B\"\\x00\\n\"",
    "rb'\\w'",
    "bR'x'",
    "Rb\"y\"",
    "f'{a}'",
    "f\"{x!r}\"",
    "F'{foo:>10}'",
    "f'{x!s:^{y}}'",
    "f'{a + 1:{b}.{x}}'",
    "f'{x=}'",
    "f'{ y = !a}'",
    "f'{{literal}} {foo}'",
    "f'{x:%H:%M}'",
    "f'{foo[\"k\"]}'",
    "f'{[a, *b]!r}'",
    "f'{(lambda: x)()}'",
    "f'{a if b else x}'",
    "f'{f\"{x}\"}'",
    "f\"\"\"{a}\n{b!r:{x}}\"\"\"",
    "rf'{a}\\d'",
    "fR\"{x=:>4}\"",
    "Rf'{{}}'",
    "'a' \"b\"",
    "'a' f'{b}' r'c'",
    "b'a' rb'b' B'c'",
    "'''x''' 'y'",
];

/// A small, fast, seedable random number generator (SplitMix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `num / den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.next_u64() % den < num
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

/// The seed of program `index` of a run seeded with `seed`: each program
/// can be regenerated on its own.
pub fn program_seed(seed: u64, index: u64) -> u64 {
    let mut r = Rng::new(seed ^ index.wrapping_mul(0xD6E8_FEB8_6659_FD93));
    r.next_u64()
}

#[derive(Clone, Debug)]
pub struct Config {
    /// Rule expansions deeper than this take the shallowest alternative.
    pub max_depth: u32,
    /// Each program gets a token budget drawn from this range.
    pub min_budget: usize,
    pub max_budget: usize,
    /// Rules in which optional parts are taken, and repetitions are
    /// non-empty, with probability 1/8 (instead of 1/2), and the shallowest
    /// alternative is preferred with probability 7/8: the chain of
    /// precedence levels, where decorating every level would turn every
    /// expression into a soup of operators.
    pub sparse_rules: Vec<&'static str>,
    /// Rules in which optional parts are taken, and repetitions are
    /// non-empty, with probability 7/8: lists of statements.
    pub rich_rules: Vec<&'static str>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_depth: 90,
            min_budget: 10,
            max_budget: 250,
            sparse_rules: Vec::new(),
            rich_rules: Vec::new(),
        }
    }
}

const INF: u32 = u32::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Name,
    Number,
    Imaginary,
    String,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

impl Class {
    fn from_name(name: &str) -> Option<Class> {
        Some(match name {
            "NAME" => Class::Name,
            "NUMBER" => Class::Number,
            "IMAGINARY" => Class::Imaginary,
            "STRING" => Class::String,
            "NEWLINE" => Class::Newline,
            "INDENT" => Class::Indent,
            "DEDENT" => Class::Dedent,
            "ENDMARKER" => Class::EndMarker,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok<'a> {
    Text(&'a str),
    Newline,
    Indent,
    Dedent,
    End,
}

/// The grammar compiled for generation: expressions become nodes of an
/// arena, rule references become indices.
enum Kind<'g> {
    Term(&'g str),
    Class(Class),
    Rule(usize),
    Seq(Vec<usize>),
    Alt(Vec<usize>),
    Opt(usize),
    Rep(usize),
    /// `a - b`: the node of `a`, and the `b`s for the recognizer.
    Except(usize, &'g [Expr]),
}

struct Node<'g> {
    kind: Kind<'g>,
    /// Minimal derivation depth, in rule expansions.
    depth: u32,
    /// Minimal number of tokens derived.
    tokens: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Sparse,
    Normal,
    Rich,
}

/// Where a derivation is: the depth in rule expansions and the flavor of
/// the rule being expanded.
#[derive(Clone, Copy)]
struct Ctx {
    depth: u32,
    flavor: Flavor,
}

pub struct Generator<'g> {
    g: &'g Grammar,
    cfg: Config,
    nodes: Vec<Node<'g>>,
    /// The node of each rule's right-hand side.
    rule_body: Vec<usize>,
    rule_depth: Vec<u32>,
    rule_tokens: Vec<u32>,
    flavor: Vec<Flavor>,
}

impl<'g> Generator<'g> {
    /// Fails if some rule is undefined or derives no finite program, or a
    /// token class is unknown.
    pub fn new(g: &'g Grammar, cfg: Config) -> Result<Generator<'g>, String> {
        if let Some((name, line)) = g.undefined_rules().first() {
            return Err(format!(
                "rule `{name}` (used on line {line}) is not defined"
            ));
        }
        for t in g.token_classes() {
            if Class::from_name(&t).is_none() {
                return Err(format!("unknown token class {t}"));
            }
        }
        for name in cfg.sparse_rules.iter().chain(&cfg.rich_rules) {
            if g.index_of(name).is_none() {
                return Err(format!("configured rule `{name}` is not in the grammar"));
            }
        }
        let n = g.rules.len();
        let flavor = g
            .rules
            .iter()
            .map(|r| {
                if cfg.sparse_rules.contains(&r.name.as_str()) {
                    Flavor::Sparse
                } else if cfg.rich_rules.contains(&r.name.as_str()) {
                    Flavor::Rich
                } else {
                    Flavor::Normal
                }
            })
            .collect();
        let mut gen = Generator {
            g,
            cfg,
            nodes: Vec::new(),
            rule_body: Vec::new(),
            rule_depth: vec![INF; n],
            rule_tokens: vec![INF; n],
            flavor,
        };
        for r in &g.rules {
            let body = gen.compile(&r.expr);
            gen.rule_body.push(body);
        }
        // Minimal depths and token counts: a fixpoint from "infinite".
        loop {
            let mut changed = false;
            for i in 0..n {
                let (d, t) = gen.measure(gen.rule_body[i]);
                if d < gen.rule_depth[i] || t < gen.rule_tokens[i] {
                    gen.rule_depth[i] = gen.rule_depth[i].min(d);
                    gen.rule_tokens[i] = gen.rule_tokens[i].min(t);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for (i, r) in g.rules.iter().enumerate() {
            if gen.rule_depth[i] == INF {
                return Err(format!("rule `{}` derives no finite program", r.name));
            }
        }
        for i in 0..gen.nodes.len() {
            let (d, t) = gen.measure(i);
            gen.nodes[i].depth = d;
            gen.nodes[i].tokens = t;
        }
        Ok(gen)
    }

    fn compile(&mut self, e: &'g Expr) -> usize {
        let kind = match e {
            Expr::Term(t) => Kind::Term(t),
            Expr::Token(t) => Kind::Class(Class::from_name(t).expect("checked")),
            Expr::Rule(r) => Kind::Rule(self.g.index_of(r).expect("checked")),
            Expr::Seq(v) => Kind::Seq(v.iter().map(|x| self.compile(x)).collect()),
            Expr::Alt(v) => Kind::Alt(v.iter().map(|x| self.compile(x)).collect()),
            Expr::Opt(x) => Kind::Opt(self.compile(x)),
            Expr::Rep(x) => Kind::Rep(self.compile(x)),
            Expr::Except(a, b) => Kind::Except(self.compile(a), b),
        };
        self.nodes.push(Node {
            kind,
            depth: INF,
            tokens: INF,
        });
        self.nodes.len() - 1
    }

    /// Minimal derivation depth and token count of node `i`, from the
    /// current values for rules.
    fn measure(&self, i: usize) -> (u32, u32) {
        match &self.nodes[i].kind {
            Kind::Term(_) => (0, 1),
            Kind::Class(c) => match c {
                Class::Indent | Class::Dedent | Class::EndMarker => (0, 0),
                _ => (0, 1),
            },
            Kind::Rule(r) => (self.rule_depth[*r].saturating_add(1), self.rule_tokens[*r]),
            Kind::Seq(v) => v.iter().fold((0, 0), |(d, t), &x| {
                let (xd, xt) = self.measure(x);
                (d.max(xd), t.saturating_add(xt))
            }),
            Kind::Alt(v) => v.iter().fold((INF, INF), |(d, t), &x| {
                let (xd, xt) = self.measure(x);
                (d.min(xd), t.min(xt))
            }),
            Kind::Opt(_) | Kind::Rep(_) => (0, 0),
            Kind::Except(a, _) => self.measure(*a),
        }
    }

    /// A random program derived from rule `start`.
    pub fn generate(&self, start: &str, rng: &mut Rng) -> String {
        let rule = self
            .g
            .index_of(start)
            .unwrap_or_else(|| panic!("no rule `{start}`"));
        let budget = rng.range(self.cfg.min_budget, self.cfg.max_budget);
        let ctx = Ctx {
            depth: 1,
            flavor: self.flavor[rule],
        };
        let mut out = Vec::new();
        self.gen(self.rule_body[rule], ctx, budget, rng, &mut out);
        render(&out)
    }

    /// How many times to derive node `i`: 0 or 1 for an optional part, 0
    /// to 3 for a repetition, 1 for anything else.
    fn plan(&self, i: usize, ctx: Ctx, budget: usize, rng: &mut Rng) -> usize {
        let (inner, max) = match self.nodes[i].kind {
            Kind::Opt(x) => (x, 1),
            Kind::Rep(x) => (x, 3),
            _ => return 1,
        };
        if ctx.depth >= self.cfg.max_depth {
            return 0;
        }
        let taken = match ctx.flavor {
            Flavor::Sparse => rng.chance(1, 8),
            Flavor::Normal => rng.chance(1, 2),
            Flavor::Rich => rng.chance(7, 8),
        };
        if !taken {
            return 0;
        }
        let n = rng.range(1, max);
        n.min(budget / self.nodes[inner].tokens.max(1) as usize)
    }

    fn gen(&self, i: usize, ctx: Ctx, budget: usize, rng: &mut Rng, out: &mut Vec<Tok<'g>>) {
        let n = self.plan(i, ctx, budget, rng);
        self.gen_planned(i, n, ctx, budget, rng, out)
    }

    /// Derives node `i`, an optional part or a repetition `n` times.
    fn gen_planned(
        &self,
        i: usize,
        n: usize,
        ctx: Ctx,
        budget: usize,
        rng: &mut Rng,
        out: &mut Vec<Tok<'g>>,
    ) {
        match &self.nodes[i].kind {
            Kind::Term(t) => out.push(Tok::Text(t)),
            Kind::Class(c) => out.push(token(*c, rng)),
            Kind::Rule(r) => {
                let inner = Ctx {
                    depth: ctx.depth + 1,
                    flavor: self.flavor[*r],
                };
                self.gen(self.rule_body[*r], inner, budget, rng, out)
            }
            Kind::Seq(items) => {
                let planned: Vec<(usize, usize)> = items
                    .iter()
                    .map(|&x| (x, self.plan(x, ctx, budget, rng)))
                    .collect();
                let shares = self.split(&planned, budget, rng);
                for ((item, plan), share) in planned.into_iter().zip(shares) {
                    self.gen_planned(item, plan, ctx, share, rng, out);
                }
            }
            Kind::Alt(alts) => {
                let alt = self.choose(alts, ctx, budget, rng);
                self.gen(alt, ctx, budget, rng, out);
            }
            Kind::Opt(x) | Kind::Rep(x) => {
                let shares = self.split(&vec![(*x, 1); n], budget, rng);
                for share in shares {
                    self.gen(*x, ctx, share, rng, out);
                }
            }
            Kind::Except(a, excluded) => {
                for _ in 0..1000 {
                    let mark = out.len();
                    self.gen(*a, ctx, budget, rng, out);
                    let texts: Vec<&str> = out[mark..]
                        .iter()
                        .filter_map(|t| match t {
                            Tok::Text(s) => Some(*s),
                            _ => None,
                        })
                        .collect();
                    let mut r = Recognizer::new(self.g, &texts, &is_member);
                    if !excluded.iter().any(|b| r.derives_all(b)) {
                        return;
                    }
                    out.truncate(mark);
                }
                panic!(
                    "could not derive {:?} except {excluded:?}",
                    self.nodes[*a].kind_name()
                );
            }
        }
    }

    /// Splits `budget` among `items`, each to be derived as many times as
    /// its plan says: each gets its minimal token count, and what is left is
    /// shared at random among those that can grow.
    fn split(&self, items: &[(usize, usize)], budget: usize, rng: &mut Rng) -> Vec<usize> {
        let mins: Vec<usize> = items
            .iter()
            .map(|&(x, n)| match self.nodes[x].kind {
                Kind::Opt(y) | Kind::Rep(y) => n * self.nodes[y].tokens as usize,
                _ => self.nodes[x].tokens as usize,
            })
            .collect();
        let mut extra = budget.saturating_sub(mins.iter().sum());
        let weights: Vec<usize> = items
            .iter()
            .map(|&(x, n)| match self.nodes[x].kind {
                Kind::Term(_) | Kind::Class(_) => 0,
                _ if n == 0 => 0,
                _ => n * (1 + rng.below(16)),
            })
            .collect();
        let total: usize = weights.iter().sum();
        let mut shares = mins;
        let all = extra;
        for (share, w) in shares.iter_mut().zip(&weights) {
            // No weight at all: every share stays at its minimum.
            let Some(part) = (all * w).checked_div(total) else {
                break;
            };
            let part = part.min(extra);
            *share += part;
            extra -= part;
        }
        shares
    }

    fn choose(&self, alts: &[usize], ctx: Ctx, budget: usize, rng: &mut Rng) -> usize {
        let depth = |&a: &usize| self.nodes[a].depth;
        let tokens = |&a: &usize| self.nodes[a].tokens as usize;
        let candidates: Vec<usize> = if ctx.depth >= self.cfg.max_depth {
            let best = alts.iter().map(depth).min().unwrap();
            alts.iter().copied().filter(|a| depth(a) == best).collect()
        } else {
            let fitting: Vec<usize> = alts
                .iter()
                .copied()
                .filter(|a| tokens(a) <= budget)
                .collect();
            if fitting.is_empty() {
                let best = alts.iter().map(tokens).min().unwrap();
                alts.iter().copied().filter(|a| tokens(a) == best).collect()
            } else if ctx.flavor == Flavor::Sparse && !rng.chance(1, 8) {
                let best = fitting.iter().map(depth).min().unwrap();
                fitting.into_iter().filter(|a| depth(a) == best).collect()
            } else {
                fitting
            }
        };
        candidates[rng.below(candidates.len())]
    }
}

impl Node<'_> {
    fn kind_name(&self) -> String {
        match &self.kind {
            Kind::Term(t) => format!("'{t}'"),
            Kind::Class(c) => format!("{c:?}"),
            Kind::Rule(r) => format!("rule #{r}"),
            _ => "a group".to_string(),
        }
    }
}

fn pool(class: Class) -> &'static [&'static str] {
    match class {
        Class::Name => NAMES,
        Class::Number => REAL_NUMBERS, // and IMAGINARY_NUMBERS, see below
        Class::Imaginary => IMAGINARY_NUMBERS,
        Class::String => STRINGS,
        Class::Newline | Class::Indent | Class::Dedent | Class::EndMarker => &[],
    }
}

fn token<'a>(class: Class, rng: &mut Rng) -> Tok<'a> {
    match class {
        Class::Newline => Tok::Newline,
        Class::Indent => Tok::Indent,
        Class::Dedent => Tok::Dedent,
        Class::EndMarker => Tok::End,
        Class::Number => {
            let i = rng.below(REAL_NUMBERS.len() + IMAGINARY_NUMBERS.len());
            Tok::Text(
                REAL_NUMBERS
                    .get(i)
                    .unwrap_or_else(|| &IMAGINARY_NUMBERS[i - REAL_NUMBERS.len()]),
            )
        }
        _ => {
            let p = pool(class);
            Tok::Text(p[rng.below(p.len())])
        }
    }
}

/// Whether `text` is a token of class `class` (as this generator makes them).
pub fn is_member(class: &str, text: &str) -> bool {
    match Class::from_name(class) {
        Some(Class::Number) => REAL_NUMBERS.contains(&text) || IMAGINARY_NUMBERS.contains(&text),
        Some(c) => pool(c).contains(&text),
        None => false,
    }
}

fn render(toks: &[Tok]) -> String {
    let mut s = String::new();
    let mut level = 0usize;
    let mut line_start = true;
    for t in toks {
        match t {
            Tok::Text(x) => {
                if line_start {
                    for _ in 0..level {
                        s.push_str("    ");
                    }
                    line_start = false;
                } else {
                    s.push(' ');
                }
                s.push_str(x);
            }
            Tok::Newline => {
                s.push('\n');
                line_start = true;
            }
            Tok::Indent => level += 1,
            Tok::Dedent => level -= 1,
            Tok::End => {}
        }
    }
    s
}
