//! Python's regular-expression syntax, parsed as CPython's `re._parser`
//! parses it (same errors, same positions) into a small tree that
//! emit.rs turns into the matching engine's syntax.

use std::collections::HashMap;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

pub const MAXREPEAT: u64 = 4294967295;

/// A parse failure: `re.error(msg, pattern, pos)`, or another exception.
#[derive(Debug)]
pub enum ParseError {
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    /// Groups nested too deeply (CPython runs out of recursion).
    Recursion,
}

type P<T> = Result<T, ParseError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    End,
    BeginningString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ClassItem {
    Lit(char),
    Range(char, char),
    Cat(Category),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Lit(char),
    Any,
    /// A character class; a category escape outside one is a class of one.
    In {
        negate: bool,
        items: Vec<ClassItem>,
    },
    At(At),
    /// A capturing group (`group`) or a group with scoped flags.
    Group {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Seq,
    },
    Atomic(Seq),
    Assert {
        behind: bool,
        negate: bool,
        body: Seq,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Seq,
        no: Option<Seq>,
    },
    Repeat {
        min: u64,
        max: u64,
        kind: RepKind,
        item: Seq,
    },
    Branch(Vec<Seq>),
}

pub type Seq = Vec<Node>;

/// What parsing a pattern yields.
pub struct Parsed {
    pub seq: Seq,
    /// The flags, with the inline global flags and UNICODE for str patterns.
    pub flags: u32,
    /// Number of groups, counting group 0.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// For each group (index 0 unused), the pattern position of its `)`.
    pub close_pos: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Tok {
    /// A backslash escape (`\` + `c`) rather than a plain character.
    esc: bool,
    c: char,
}

impl Tok {
    fn len(&self) -> usize {
        if self.esc {
            2
        } else {
            1
        }
    }
    fn is(&self, c: char) -> bool {
        !self.esc && self.c == c
    }
}

/// `re._parser.Tokenizer`: characters and backslash pairs.
struct Tokenizer<'a> {
    s: &'a [char],
    index: usize,
    next: Option<Tok>,
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { esc: false, c }) if c.is_ascii_digit())
}

fn is_oct(t: Option<Tok>) -> bool {
    matches!(
        t,
        Some(Tok {
            esc: false,
            c: '0'..='7'
        })
    )
}

fn is_hex(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok { esc: false, c }) if c.is_ascii_hexdigit())
}

fn tok_text(t: Tok) -> String {
    if t.esc {
        format!("\\{}", t.c)
    } else {
        t.c.to_string()
    }
}

impl<'a> Tokenizer<'a> {
    fn new(s: &'a [char]) -> P<Tokenizer<'a>> {
        let mut t = Tokenizer {
            s,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> P<()> {
        let index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.s.get(index + 1) {
                Some(&d) => {
                    self.index = index + 2;
                    self.next = Some(Tok { esc: true, c: d });
                }
                None => {
                    return Err(ParseError::Re(
                        "bad escape (end of pattern)".into(),
                        Some(self.s.len().saturating_sub(1)),
                    ))
                }
            }
        } else {
            self.index = index + 1;
            self.next = Some(Tok { esc: false, c });
        }
        Ok(())
    }

    fn next(&self) -> Option<Tok> {
        self.next
    }

    fn matches(&mut self, c: char) -> P<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn get(&mut self) -> P<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Up to `n` plain characters satisfying `ok`.
    fn getwhile(&mut self, n: usize, ok: fn(Option<Tok>) -> bool) -> P<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !ok(self.next) {
                break;
            }
            if let Some(t) = self.next {
                out.push(t.c);
            }
            self.advance()?;
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> P<String> {
        let mut result = String::new();
        let mut count = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if count == 0 {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(
                        self.error(format!("missing {terminator}, unterminated name"), count)
                    );
                }
                Some(t) if t.is(terminator) => {
                    if count == 0 {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    result.push_str(&tok_text(t));
                    count += t.len();
                }
            }
        }
        Ok(result)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, index: usize) -> P<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        ParseError::Re(msg.into(), Some(self.tell().saturating_sub(offset)))
    }

    fn checkgroupname(&self, name: &str, offset: usize) -> P<()> {
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

/// `str.isidentifier()`, close enough: a letter or `_`, then letters,
/// digits or `_`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A str's repr, for messages.
pub fn py_repr(s: &str) -> String {
    crate::runtime::format::str_repr(s)
}

struct State {
    flags: u32,
    groupdict: HashMap<String, usize>,
    names: Vec<(String, usize)>,
    /// Width of each closed group (`None` while open); index 0 is the
    /// whole pattern.
    groupwidths: Vec<Option<(u64, u64)>>,
    close_pos: Vec<usize>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    str_pattern: bool,
}

impl State {
    fn groups(&self) -> usize {
        self.groupwidths.len()
    }

    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.groupwidths.push(None);
        self.close_pos.push(0);
        if let Some(name) = name {
            if let Some(&ogid) = self.groupdict.get(name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    py_repr(name)
                ));
            }
            self.groupdict.insert(name.to_string(), gid);
            self.names.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.groupwidths[gid].is_some()
    }

    fn checklookbehindgroup(&self, gid: usize, source: &Tokenizer) -> P<()> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

/// The (min, max) width of a sequence, as `SubPattern.getwidth`.
pub fn width(seq: &[Node], groupwidths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let mut lo: u64 = 0;
    let mut hi: u64 = 0;
    for node in seq {
        let (i, j) = match node {
            Node::Branch(alts) => {
                let mut i = MAXREPEAT - 1;
                let mut j = 0;
                for a in alts {
                    let (l, h) = width(a, groupwidths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(b) | Node::Group { body: b, .. } => width(b, groupwidths),
            Node::Repeat { min, max, item, .. } => {
                let (i, j) = width(item, groupwidths);
                (i.saturating_mul(*min), j.saturating_mul(*max))
            }
            Node::Lit(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::GroupRef(g) => groupwidths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (i, j) = width(yes, groupwidths);
                match no {
                    Some(n) => {
                        let (l, h) = width(n, groupwidths);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        'a' => '\u{7}',
        'b' => '\u{8}',
        'f' => '\u{c}',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\u{b}',
        '\\' => '\\',
        _ => return None,
    })
}

/// What an escape inside a class stands for.
enum ClassEscape {
    Lit(char),
    Cat(Category),
}

fn char_of(code: u32, source: &Tokenizer, escape: &str) -> P<char> {
    char::from_u32(code).ok_or_else(|| {
        // A lone surrogate: weft's strings cannot hold one.
        source.error(
            format!("bad escape {escape} (surrogates are not supported)"),
            escape.chars().count(),
        )
    })
}

/// `\x..`, `\u....`, `\U........`, `\N{...}` and octal escapes shared by
/// both escape kinds; `None` when `c` starts none of them.
fn code_escape(source: &mut Tokenizer, c: char, str_pattern: bool) -> P<Option<char>> {
    let mut escape = format!("\\{c}");
    let fixed = |n: usize| -> Option<usize> { Some(n) };
    let digits = match c {
        'x' => fixed(2),
        'u' if str_pattern => fixed(4),
        'U' if str_pattern => fixed(8),
        _ => None,
    };
    if let Some(n) = digits {
        let hex = source.getwhile(n, is_hex)?;
        escape.push_str(&hex);
        if hex.len() != n {
            return Err(source.error(
                format!("incomplete escape {escape}"),
                escape.chars().count(),
            ));
        }
        let code = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
        if c == 'U' && code > 0x10ffff {
            return Err(source.error(format!("bad escape {escape}"), escape.chars().count()));
        }
        return char_of(code, source, &escape).map(Some);
    }
    if c == 'N' && str_pattern {
        if !source.matches('{')? {
            return Err(source.error("missing {", 0));
        }
        let name = source.getuntil('}', "character name")?;
        return match unicode_names2::character(&name) {
            Some(ch) => Ok(Some(ch)),
            None => Err(source.error(
                format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            )),
        };
    }
    Ok(None)
}

fn class_escape(source: &mut Tokenizer, c: char, str_pattern: bool) -> P<ClassEscape> {
    if let Some(ch) = simple_escape(c) {
        return Ok(ClassEscape::Lit(ch));
    }
    if let Some(cat) = category(c) {
        return Ok(ClassEscape::Cat(cat));
    }
    if let Some(ch) = code_escape(source, c, str_pattern)? {
        return Ok(ClassEscape::Lit(ch));
    }
    let escape = format!("\\{c}");
    if ('0'..='7').contains(&c) {
        let more = source.getwhile(2, is_oct)?;
        let text = format!("{c}{more}");
        let code = u32::from_str_radix(&text, 8).unwrap_or(0);
        if code > 0o377 {
            let esc = format!("\\{text}");
            return Err(source.error(
                format!("octal escape value {esc} outside of range 0-0o377"),
                esc.chars().count(),
            ));
        }
        return Ok(ClassEscape::Lit(char::from_u32(code).unwrap_or('\0')));
    }
    if c.is_ascii_digit() || c.is_ascii_alphabetic() {
        return Err(source.error(format!("bad escape {escape}"), 2));
    }
    Ok(ClassEscape::Lit(c))
}

/// An escape outside a class.
fn escape(source: &mut Tokenizer, state: &State, c: char) -> P<Node> {
    match c {
        'A' => return Ok(Node::At(At::BeginningString)),
        'b' => return Ok(Node::At(At::Boundary)),
        'B' => return Ok(Node::At(At::NonBoundary)),
        'Z' => return Ok(Node::At(At::EndString)),
        _ => {}
    }
    if let Some(cat) = category(c) {
        return Ok(Node::In {
            negate: false,
            items: vec![ClassItem::Cat(cat)],
        });
    }
    if let Some(ch) = simple_escape(c) {
        return Ok(Node::Lit(ch));
    }
    if let Some(ch) = code_escape(source, c, state.str_pattern)? {
        return Ok(Node::Lit(ch));
    }
    if c == '0' {
        let more = source.getwhile(2, is_oct)?;
        let code = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
        return Ok(Node::Lit(char::from_u32(code).unwrap_or('\0')));
    }
    if c.is_ascii_digit() {
        let mut text = c.to_string();
        if is_digit(source.next()) {
            if let Some(t) = source.get()? {
                text.push(t.c);
            }
            let b = text.as_bytes();
            if b[0] <= b'7'
                && b.get(1).is_some_and(|d| (b'0'..=b'7').contains(d))
                && is_oct(source.next())
            {
                if let Some(t) = source.get()? {
                    text.push(t.c);
                }
                let code = u32::from_str_radix(&text, 8).unwrap_or(0);
                if code > 0o377 {
                    let esc = format!("\\{text}");
                    return Err(source.error(
                        format!("octal escape value {esc} outside of range 0-0o377"),
                        esc.chars().count(),
                    ));
                }
                return Ok(Node::Lit(char::from_u32(code).unwrap_or('\0')));
            }
        }
        let group: usize = text.parse().unwrap_or(0);
        let len = text.len() + 1;
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(source.error("cannot refer to an open group", len));
            }
            state.checklookbehindgroup(group, source)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(source.error(format!("invalid group reference {group}"), len - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(source.error(format!("bad escape \\{c}"), 2));
    }
    Ok(Node::Lit(c))
}

const SPECIAL: &str = ".\\[{()*+?^$|";
const WHITESPACE: &str = " \t\n\r\u{b}\u{c}";

/// An alternation: `a|b|c`.
fn parse_sub(source: &mut Tokenizer, state: &mut State, verbose: bool, nested: usize) -> P<Seq> {
    let mut items: Vec<Seq> = Vec::new();
    let mut verbose = verbose;
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn parse_class(source: &mut Tokenizer, state: &State) -> P<Node> {
    let here = source.tell() - 1;
    let mut set: Vec<ClassItem> = Vec::new();
    let negate = source.matches('^')?;
    let unterminated = || ParseError::Re("unterminated character set".into(), Some(here));
    loop {
        let Some(this) = source.get()? else {
            return Err(unterminated());
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = if this.esc {
            class_escape(source, this.c, state.str_pattern)?
        } else {
            ClassEscape::Lit(this.c)
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(unterminated());
            };
            if that.is(']') {
                set.push(match code1 {
                    ClassEscape::Lit(c) => ClassItem::Lit(c),
                    ClassEscape::Cat(c) => ClassItem::Cat(c),
                });
                set.push(ClassItem::Lit('-'));
                break;
            }
            let code2 = if that.esc {
                class_escape(source, that.c, state.str_pattern)?
            } else {
                ClassEscape::Lit(that.c)
            };
            let msg = format!("bad character range {}-{}", tok_text(this), tok_text(that));
            let len = this.len() + 1 + that.len();
            match (code1, code2) {
                (ClassEscape::Lit(lo), ClassEscape::Lit(hi)) => {
                    if hi < lo {
                        return Err(source.error(msg, len));
                    }
                    set.push(ClassItem::Range(lo, hi));
                }
                _ => return Err(source.error(msg, len)),
            }
        } else {
            set.push(match code1 {
                ClassEscape::Lit(c) => ClassItem::Lit(c),
                ClassEscape::Cat(c) => ClassItem::Cat(c),
            });
        }
    }
    Ok(Node::In { negate, items: set })
}

/// `_parse_flags`: the flags of `(?imsx-imsx:` or `(?imsx)`; `None` for
/// global flags (then already added to the state).
fn parse_flags(source: &mut Tokenizer, state: &mut State, first: char) -> P<Option<(u32, u32)>> {
    let mut add = 0u32;
    let mut del = 0u32;
    let mut ch = Some(first);
    if first != '-' {
        loop {
            let c = ch.unwrap_or(')');
            let flag = flag_of(c).unwrap_or(0);
            if state.str_pattern {
                if c == 'L' {
                    return Err(source.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
            } else if c == 'u' {
                return Err(source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && (add & TYPE_FLAGS) != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let next = source.get()?;
            let Some(t) = next else {
                return Err(source.error("missing -, : or )", 0));
            };
            if !t.esc && ")-:".contains(t.c) {
                ch = Some(t.c);
                break;
            }
            if t.esc || flag_of(t.c).is_none() {
                let msg = if !t.esc && t.c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, t.len()));
            }
            ch = Some(t.c);
        }
    }
    if ch == Some(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch == Some('-') {
        let Some(t) = source.get()? else {
            return Err(source.error("missing flag", 0));
        };
        if t.esc || flag_of(t.c).is_none() {
            let msg = if !t.esc && t.c.is_alphabetic() {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, t.len()));
        }
        let mut c = t.c;
        loop {
            let flag = flag_of(c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let Some(t) = source.get()? else {
                return Err(source.error("missing :", 0));
            };
            if t.is(':') {
                break;
            }
            if t.esc || flag_of(t.c).is_none() {
                let msg = if !t.esc && t.c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(source.error(msg, t.len()));
            }
            c = t.c;
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// A sequence: `_parse`.
fn parse(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
) -> P<Seq> {
    if nested > 900 {
        return Err(ParseError::Recursion);
    }
    let mut verbose = verbose;
    let mut sub: Seq = Vec::new();
    while let Some(this) = source.next() {
        if this.is('|') || this.is(')') {
            break;
        }
        source.get()?;
        if verbose && !this.esc {
            if WHITESPACE.contains(this.c) {
                continue;
            }
            if this.c == '#' {
                loop {
                    match source.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            let node = escape(source, state, this.c)?;
            sub.push(node);
            continue;
        }
        let c = this.c;
        if !SPECIAL.contains(c) {
            sub.push(Node::Lit(c));
            continue;
        }
        match c {
            '[' => {
                let node = parse_class(source, state)?;
                sub.push(node);
            }
            '?' | '*' | '+' | '{' => {
                let here = source.tell();
                let (min, max);
                match c {
                    '?' => (min, max) = (0, 1),
                    '*' => (min, max) = (0, MAXREPEAT),
                    '+' => (min, max) = (1, MAXREPEAT),
                    _ => {
                        if source.next().is_some_and(|t| t.is('}')) {
                            sub.push(Node::Lit(c));
                            continue;
                        }
                        let mut lo = String::new();
                        let mut hi = String::new();
                        while is_digit(source.next()) {
                            if let Some(t) = source.get()? {
                                lo.push(t.c);
                            }
                        }
                        if source.matches(',')? {
                            while is_digit(source.next()) {
                                if let Some(t) = source.get()? {
                                    hi.push(t.c);
                                }
                            }
                        } else {
                            hi = lo.clone();
                        }
                        if !source.matches('}')? {
                            sub.push(Node::Lit(c));
                            source.seek(here)?;
                            continue;
                        }
                        let big =
                            || ParseError::Overflow("the repetition number is too large".into());
                        let mut mn = 0;
                        let mut mx = MAXREPEAT;
                        if !lo.is_empty() {
                            mn = lo.parse::<u64>().map_err(|_| big())?;
                            if mn >= MAXREPEAT {
                                return Err(big());
                            }
                        }
                        if !hi.is_empty() {
                            mx = hi.parse::<u64>().map_err(|_| big())?;
                            if mx >= MAXREPEAT {
                                return Err(big());
                            }
                            if mx < mn {
                                return Err(source.error(
                                    "min repeat greater than max repeat",
                                    source.tell() - here,
                                ));
                            }
                        }
                        (min, max) = (mn, mx);
                    }
                }
                let offset = source.tell() - here + 1;
                let item = match sub.last() {
                    None | Some(Node::At(_)) => {
                        return Err(source.error("nothing to repeat", offset))
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(source.error("multiple repeat", offset))
                    }
                    Some(_) => sub.pop().map(|n| match n {
                        Node::Group {
                            group: None,
                            add: 0,
                            del: 0,
                            body,
                        } => body,
                        other => vec![other],
                    }),
                };
                let item = item.unwrap_or_default();
                let kind = if source.matches('?')? {
                    RepKind::Lazy
                } else if source.matches('+')? {
                    RepKind::Possessive
                } else {
                    RepKind::Greedy
                };
                sub.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    item,
                });
            }
            '.' => sub.push(Node::Any),
            '(' => {
                let start = source.tell() - 1;
                let mut capture = true;
                let mut atomic = false;
                let mut name: Option<String> = None;
                let mut add = 0;
                let mut del = 0;
                if source.matches('?')? {
                    let Some(ch) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    let chc = if ch.esc { '\\' } else { ch.c };
                    match chc {
                        'P' => {
                            if source.matches('<')? {
                                let n = source.getuntil('>', "group name")?;
                                source.checkgroupname(&n, 1)?;
                                name = Some(n);
                            } else if source.matches('=')? {
                                let n = source.getuntil(')', "group name")?;
                                source.checkgroupname(&n, 1)?;
                                let len = n.chars().count() + 1;
                                let Some(&gid) = state.groupdict.get(&n) else {
                                    return Err(source.error(
                                        format!("unknown group name {}", py_repr(&n)),
                                        len,
                                    ));
                                };
                                if !state.checkgroup(gid) {
                                    return Err(source.error("cannot refer to an open group", len));
                                }
                                state.checklookbehindgroup(gid, source)?;
                                sub.push(Node::GroupRef(gid));
                                continue;
                            } else {
                                let Some(t) = source.get()? else {
                                    return Err(source.error("unexpected end of pattern", 0));
                                };
                                return Err(source.error(
                                    format!("unknown extension ?P{}", tok_text(t)),
                                    t.len() + 2,
                                ));
                            }
                        }
                        ':' => capture = false,
                        '#' => {
                            loop {
                                if source.next().is_none() {
                                    return Err(source.error(
                                        "missing ), unterminated comment",
                                        source.tell() - start,
                                    ));
                                }
                                if source.get()?.is_some_and(|t| t.is(')')) {
                                    break;
                                }
                            }
                            continue;
                        }
                        '=' | '!' | '<' => {
                            let mut kind = chc;
                            let mut behind = false;
                            let mut saved_lb = None;
                            if chc == '<' {
                                let Some(t) = source.get()? else {
                                    return Err(source.error("unexpected end of pattern", 0));
                                };
                                if t.esc || (t.c != '=' && t.c != '!') {
                                    return Err(source.error(
                                        format!("unknown extension ?<{}", tok_text(t)),
                                        t.len() + 2,
                                    ));
                                }
                                kind = t.c;
                                behind = true;
                                saved_lb = Some(state.lookbehindgroups);
                                if state.lookbehindgroups.is_none() {
                                    state.lookbehindgroups = Some(state.groups());
                                }
                            }
                            let p = parse_sub(source, state, verbose, nested + 1)?;
                            if let Some(None) = saved_lb {
                                state.lookbehindgroups = None;
                            }
                            if !source.matches(')')? {
                                return Err(source.error(
                                    "missing ), unterminated subpattern",
                                    source.tell() - start,
                                ));
                            }
                            sub.push(Node::Assert {
                                behind,
                                negate: kind == '!',
                                body: p,
                            });
                            continue;
                        }
                        '(' => {
                            let condname = source.getuntil(')', "group name")?;
                            let len = condname.chars().count() + 1;
                            let condgroup;
                            if is_identifier(&condname) {
                                source.checkgroupname(&condname, 1)?;
                                match state.groupdict.get(&condname) {
                                    Some(&g) => condgroup = g,
                                    None => {
                                        return Err(source.error(
                                            format!("unknown group name {}", py_repr(&condname)),
                                            len,
                                        ))
                                    }
                                }
                            } else {
                                let ok = !condname.is_empty()
                                    && condname.chars().all(|c| c.is_ascii_digit());
                                let n = if ok {
                                    condname.parse::<usize>().ok()
                                } else {
                                    None
                                };
                                let Some(n) = n else {
                                    return Err(source.error(
                                        format!(
                                            "bad character in group name {}",
                                            py_repr(&condname)
                                        ),
                                        len,
                                    ));
                                };
                                if n == 0 {
                                    return Err(source.error("bad group number", len));
                                }
                                condgroup = n;
                                if !state.grouprefpos.iter().any(|(g, _)| *g == n) {
                                    state.grouprefpos.push((n, source.tell() - len));
                                }
                            }
                            state.checklookbehindgroup(condgroup, source)?;
                            let yes = parse(source, state, verbose, nested + 1, false)?;
                            let no = if source.matches('|')? {
                                let no = parse(source, state, verbose, nested + 1, false)?;
                                if source.next().is_some_and(|t| t.is('|')) {
                                    return Err(source.error(
                                        "conditional backref with more than two branches",
                                        0,
                                    ));
                                }
                                Some(no)
                            } else {
                                None
                            };
                            if !source.matches(')')? {
                                return Err(source.error(
                                    "missing ), unterminated subpattern",
                                    source.tell() - start,
                                ));
                            }
                            sub.push(Node::GroupRefExists {
                                group: condgroup,
                                yes,
                                no,
                            });
                            continue;
                        }
                        '>' => {
                            capture = false;
                            atomic = true;
                        }
                        c if flag_of(c).is_some() || c == '-' => {
                            match parse_flags(source, state, c)? {
                                None => {
                                    if !first || !sub.is_empty() {
                                        return Err(source.error(
                                            "global flags not at the start of the expression",
                                            source.tell() - start,
                                        ));
                                    }
                                    verbose = state.flags & FLAG_VERBOSE != 0;
                                    continue;
                                }
                                Some((a, d)) => {
                                    add = a;
                                    del = d;
                                    capture = false;
                                }
                            }
                        }
                        _ => {
                            return Err(source.error(
                                format!("unknown extension ?{}", tok_text(ch)),
                                ch.len() + 1,
                            ))
                        }
                    }
                }
                let group = if capture {
                    match state.opengroup(name.as_deref()) {
                        Ok(g) => Some(g),
                        Err(msg) => {
                            let len = name.as_deref().map_or(0, |n| n.chars().count()) + 1;
                            return Err(source.error(msg, len));
                        }
                    }
                } else {
                    None
                };
                let sub_verbose = (verbose || add & FLAG_VERBOSE != 0) && del & FLAG_VERBOSE == 0;
                let p = parse_sub(source, state, sub_verbose, nested + 1)?;
                if !source.matches(')')? {
                    return Err(
                        source.error("missing ), unterminated subpattern", source.tell() - start)
                    );
                }
                if let Some(g) = group {
                    let w = width(&p, &state.groupwidths);
                    state.groupwidths[g] = Some(w);
                    state.close_pos[g] = source.tell();
                }
                if atomic {
                    sub.push(Node::Atomic(p));
                } else {
                    sub.push(Node::Group {
                        group,
                        add,
                        del,
                        body: p,
                    });
                }
            }
            '^' => sub.push(Node::At(At::Beginning)),
            '$' => sub.push(Node::At(At::End)),
            _ => sub.push(Node::Lit(c)),
        }
    }
    Ok(sub)
}

fn fix_flags(str_pattern: bool, mut flags: u32) -> P<u32> {
    if str_pattern {
        if flags & FLAG_LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// Parses a pattern (`str_pattern` false for a bytes pattern, whose
/// characters are its bytes).
pub fn parse_pattern(pattern: &[char], flags: u32, str_pattern: bool) -> P<Parsed> {
    let mut source = Tokenizer::new(pattern)?;
    let mut state = State {
        flags,
        groupdict: HashMap::new(),
        names: Vec::new(),
        groupwidths: vec![None],
        close_pos: vec![0],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
        str_pattern,
    };
    let seq = parse_sub(&mut source, &mut state, flags & FLAG_VERBOSE != 0, 0)?;
    let flags = fix_flags(str_pattern, state.flags)?;
    if source.next().is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups() {
            return Err(ParseError::Re(
                format!("invalid group reference {g}"),
                Some(pos),
            ));
        }
    }
    check_lookbehind(&seq, &state.groupwidths)?;
    Ok(Parsed {
        seq,
        flags,
        groups: state.groups(),
        names: state.names,
        close_pos: state.close_pos,
    })
}

/// The compiler's check: a look-behind must have a fixed width.
fn check_lookbehind(seq: &[Node], gw: &[Option<(u64, u64)>]) -> P<()> {
    for node in seq {
        match node {
            Node::Assert { behind, body, .. } => {
                if *behind {
                    let (lo, hi) = width(body, gw);
                    if lo != hi {
                        return Err(ParseError::Re(
                            "look-behind requires fixed-width pattern".into(),
                            None,
                        ));
                    }
                }
                check_lookbehind(body, gw)?;
            }
            Node::Branch(alts) => {
                for a in alts {
                    check_lookbehind(a, gw)?;
                }
            }
            Node::Group { body, .. } | Node::Atomic(body) => check_lookbehind(body, gw)?,
            Node::Repeat { item, .. } => check_lookbehind(item, gw)?,
            Node::GroupRefExists { yes, no, .. } => {
                check_lookbehind(yes, gw)?;
                if let Some(n) = no {
                    check_lookbehind(n, gw)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

// ---- replacement templates ------------------------------------------------------

/// A piece of a parsed replacement template.
#[derive(Clone, Debug)]
pub enum TemplatePart {
    Lit(String),
    Group(usize),
}

/// Template errors: `re.error`, or IndexError for an unknown group name.
pub enum TemplateError {
    Re(String, usize),
    Index(String),
}

/// `re._parser.parse_template`; `groups` is the pattern's number of
/// capturing groups.
pub fn parse_template(
    source: &[char],
    groups: usize,
    groupindex: &[(String, usize)],
) -> Result<Vec<TemplatePart>, TemplateError> {
    let re_err = |e: ParseError| match e {
        ParseError::Re(m, p) => TemplateError::Re(m, p.unwrap_or(0)),
        ParseError::Overflow(m) | ParseError::Value(m) => TemplateError::Re(m, 0),
        ParseError::Recursion => TemplateError::Re("maximum recursion depth exceeded".into(), 0),
    };
    let mut s = Tokenizer::new(source).map_err(re_err)?;
    let mut parts: Vec<TemplatePart> = Vec::new();
    let mut literal = String::new();
    let err = |s: &Tokenizer, msg: String, offset: usize| {
        TemplateError::Re(msg, s.tell().saturating_sub(offset))
    };
    let add_group = |literal: &mut String,
                     parts: &mut Vec<TemplatePart>,
                     s: &Tokenizer,
                     index: usize,
                     pos: usize|
     -> Result<(), TemplateError> {
        if index > groups {
            return Err(err(s, format!("invalid group reference {index}"), pos));
        }
        if !literal.is_empty() {
            parts.push(TemplatePart::Lit(std::mem::take(literal)));
        }
        parts.push(TemplatePart::Group(index));
        Ok(())
    };
    while let Some(this) = s.get().map_err(re_err)? {
        if !this.esc {
            literal.push(this.c);
            continue;
        }
        let c = this.c;
        if c == 'g' {
            if !s.matches('<').map_err(re_err)? {
                return Err(err(&s, "missing <".into(), 0));
            }
            let name = s.getuntil('>', "group name").map_err(re_err)?;
            let len = name.chars().count() + 1;
            let index;
            if is_identifier(&name) {
                match groupindex.iter().find(|(n, _)| *n == name) {
                    Some((_, i)) => index = *i,
                    None => {
                        return Err(TemplateError::Index(format!(
                            "unknown group name {}",
                            py_repr(&name)
                        )))
                    }
                }
            } else {
                let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_digit());
                match ok.then(|| name.parse::<usize>().ok()).flatten() {
                    Some(i) => index = i,
                    None if ok => {
                        return Err(err(&s, format!("invalid group reference {name}"), len))
                    }
                    None => {
                        return Err(err(
                            &s,
                            format!("bad character in group name {}", py_repr(&name)),
                            len,
                        ))
                    }
                }
            }
            add_group(&mut literal, &mut parts, &s, index, len)?;
        } else if c == '0' {
            let mut text = String::from("0");
            if is_oct(s.next()) {
                if let Some(t) = s.get().map_err(re_err)? {
                    text.push(t.c);
                }
                if is_oct(s.next()) {
                    if let Some(t) = s.get().map_err(re_err)? {
                        text.push(t.c);
                    }
                }
            }
            let code = u32::from_str_radix(&text, 8).unwrap_or(0) & 0xff;
            literal.push(char::from_u32(code).unwrap_or('\0'));
        } else if c.is_ascii_digit() {
            let mut text = c.to_string();
            let mut octal = false;
            if is_digit(s.next()) {
                if let Some(t) = s.get().map_err(re_err)? {
                    text.push(t.c);
                }
                let b = text.as_bytes();
                if b[0] <= b'7' && (b'0'..=b'7').contains(&b[1]) && is_oct(s.next()) {
                    if let Some(t) = s.get().map_err(re_err)? {
                        text.push(t.c);
                    }
                    octal = true;
                    let code = u32::from_str_radix(&text, 8).unwrap_or(0);
                    if code > 0o377 {
                        let esc = format!("\\{text}");
                        return Err(err(
                            &s,
                            format!("octal escape value {esc} outside of range 0-0o377"),
                            esc.chars().count(),
                        ));
                    }
                    literal.push(char::from_u32(code).unwrap_or('\0'));
                }
            }
            if !octal {
                let index: usize = text.parse().unwrap_or(0);
                add_group(&mut literal, &mut parts, &s, index, text.len())?;
            }
        } else if let Some(ch) = simple_escape(c) {
            literal.push(ch);
        } else if c.is_ascii_alphabetic() {
            return Err(err(&s, format!("bad escape \\{c}"), 2));
        } else {
            literal.push('\\');
            literal.push(c);
        }
    }
    if !literal.is_empty() {
        parts.push(TemplatePart::Lit(literal));
    }
    Ok(parts)
}
