//! `re.Pattern`: a compiled pattern, and the searching that every
//! function of the module comes down to. The engine works on UTF-8 byte
//! offsets; Python sees code points, so offsets are converted at the
//! edges. A bytes pattern or subject is matched as Latin-1 text (one
//! character per byte).

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use super::matchobj::{self, MatchData};
use super::parse::{self, ParseError, TemplatePart};
use super::{bind, classes, emit, re_error, Style};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::stdlib::{builtin, int_arg, stdlib_class};

/// How far the engine may backtrack before giving up on a search.
const BACKTRACK_LIMIT: usize = 50_000_000;

/// Byte spans of group 0 and each group (`None`: did not take part).
pub type Spans = Vec<Option<(usize, usize)>>;

pub struct Compiled {
    /// The pattern as given (str or bytes).
    pub pattern: Value,
    pub is_bytes: bool,
    /// The flags, with inline flags and UNICODE for str patterns.
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    /// Where each group's `)` is in the pattern (for `lastindex`).
    pub close_pos: Vec<usize>,
    regex: Regex,
    /// The pattern anchored at its end, for `fullmatch`: made on first use.
    full_src: String,
    full: OnceCell<Option<Regex>>,
    /// The pattern refusing empty matches (after an empty match, the next
    /// match at the same place must not be empty): made on first use.
    src: String,
    not_empty: OnceCell<Option<Regex>>,
    /// Parsed replacement templates, by template text.
    templates: RefCell<Vec<(String, Rc<Vec<TemplatePart>>)>>,
}

fn build(src: &str, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    RegexBuilder::new(src)
        .backtrack_limit(BACKTRACK_LIMIT)
        .find_not_empty(not_empty)
        .build()
}

impl Compiled {
    fn full(&self) -> Option<&Regex> {
        self.full
            .get_or_init(|| build(&self.full_src, false).ok())
            .as_ref()
    }

    fn not_empty(&self) -> Option<&Regex> {
        self.not_empty
            .get_or_init(|| build(&self.src, true).ok())
            .as_ref()
    }

    /// The group number of a name.
    pub fn group_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }

    pub fn group_name(&self, index: usize) -> Option<&str> {
        self.names
            .iter()
            .find(|(_, i)| *i == index)
            .map(|(n, _)| n.as_str())
    }

    /// The parsed replacement template `text` (cached).
    pub fn template(&self, vm: &'static Vm, text: &str, repl: &Value) -> R<Rc<Vec<TemplatePart>>> {
        if let Some((_, t)) = self.templates.borrow().iter().find(|(k, _)| k == text) {
            return Ok(t.clone());
        }
        let chars: Vec<char> = text.chars().collect();
        let parts = match parse::parse_template(&chars, self.groups, &self.names) {
            Ok(p) => Rc::new(p),
            Err(parse::TemplateError::Re(msg, pos)) => {
                return Err(re_error(vm, &msg, repl.clone(), Some(pos)))
            }
            Err(parse::TemplateError::Index(msg)) => return Err(vm.index_error(msg)),
        };
        let mut cache = self.templates.borrow_mut();
        if cache.len() > 16 {
            cache.remove(0);
        }
        cache.push((text.to_string(), parts.clone()));
        Ok(parts)
    }
}

/// The compiled pattern inside a Pattern object.
pub fn compiled_of(v: &Value) -> Option<Rc<Compiled>> {
    match v {
        Value::Instance(i) => i.data::<Rc<Compiled>>().cloned(),
        _ => None,
    }
}

/// Compiles a pattern into a new Pattern object.
pub fn compile(
    vm: &'static Vm,
    pattern: &Value,
    text: &str,
    is_bytes: bool,
    flags: i64,
) -> R<Value> {
    let chars: Vec<char> = text.chars().collect();
    let flags32 = (flags & 0xffff_ffff) as u32;
    let parsed = match parse::parse_pattern(&chars, flags32, !is_bytes) {
        Ok(p) => p,
        Err(ParseError::Re(msg, pos)) => return Err(re_error(vm, &msg, pattern.clone(), pos)),
        Err(ParseError::Overflow(msg)) => return Err(vm.overflow(&msg)),
        Err(ParseError::Value(msg)) => return Err(vm.value_error(msg)),
        Err(ParseError::Recursion) => {
            return Err(vm.new_exc(&vm.t.recursion_error, "maximum recursion depth exceeded"))
        }
    };
    let src = emit::emit(&parsed);
    let regex = build(&src, false).map_err(|e| {
        re_error(
            vm,
            &format!("pattern not supported by the regular expression engine: {e}"),
            pattern.clone(),
            None,
        )
    })?;
    let c = Compiled {
        pattern: pattern.clone(),
        is_bytes,
        flags: parsed.flags,
        groups: parsed.groups - 1,
        names: parsed.names.clone(),
        close_pos: parsed.close_pos.clone(),
        regex,
        full_src: emit::emit_full(&parsed),
        full: OnceCell::new(),
        src,
        not_empty: OnceCell::new(),
        templates: RefCell::new(Vec::new()),
    };
    let class = classes(vm)?.pattern;
    Ok(Instance::with_data(class, Rc::new(c)))
}

// ---- subjects and positions ------------------------------------------------------

/// The string searched: the object, and its text (a bytes object's
/// bytes as Latin-1 characters).
pub struct Subject {
    pub value: Value,
    pub text: Rc<Str>,
    pub is_bytes: bool,
    /// The last (byte, code point) offset pair converted: conversions
    /// of increasing offsets count on from there.
    cursor: std::cell::Cell<(usize, usize)>,
}

impl Subject {
    /// The piece of the subject between two byte offsets of its text, as
    /// a str or bytes.
    pub fn slice(&self, b0: usize, b1: usize) -> Value {
        let s = self.text.text.get(b0..b1).unwrap_or("");
        if self.is_bytes {
            Value::Bytes(Rc::new(s.chars().map(|c| c as u32 as u8).collect()))
        } else {
            Value::str(s)
        }
    }

    /// Code-point index of a byte offset.
    pub fn char_index(&self, b: usize) -> usize {
        if self.text.ascii {
            return b;
        }
        let text = &self.text.text;
        let b = b.min(text.len());
        let (mut from_b, mut from_c) = self.cursor.get();
        if b < from_b {
            (from_b, from_c) = (0, 0);
        }
        let c = from_c + text.get(from_b..b).map_or(0, |t| t.chars().count());
        self.cursor.set((b, c));
        c
    }
}

pub fn subject(vm: &'static Vm, c: &Compiled, v: Option<&Value>) -> R<Subject> {
    let v = v.cloned().unwrap_or(Value::None);
    let inner = match &v {
        Value::Instance(i) => i.native.clone().unwrap_or(Value::None),
        other => other.clone(),
    };
    let bytes = crate::stdlib::types::bytes::bytes_like(&v);
    match (&inner, bytes) {
        (Value::Str(s), _) => {
            if c.is_bytes {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            Ok(Subject {
                value: v.clone(),
                text: s.clone(),
                is_bytes: false,
                cursor: Default::default(),
            })
        }
        (_, Some(b)) => {
            if !c.is_bytes {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            let text: String = b.iter().map(|&x| x as char).collect();
            Ok(Subject {
                value: v.clone(),
                text: Rc::new(Str::new(text)),
                is_bytes: true,
                cursor: Default::default(),
            })
        }
        _ => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(&v)
        ))),
    }
}

/// `pos` and `endpos` clamped to the subject, as code points and bytes.
pub struct Range {
    pub pos: usize,
    pub endpos: usize,
    pub pos_b: usize,
    pub endpos_b: usize,
}

fn range(subj: &Subject, pos: i64, endpos: i64) -> Range {
    let len = subj.text.chars as i64;
    let pos = pos.clamp(0, len) as usize;
    let endpos = endpos.clamp(0, len) as usize;
    let at = |i: usize| {
        if subj.text.ascii {
            i
        } else {
            subj.text.byte_offset(i)
        }
    };
    Range {
        pos,
        endpos,
        pos_b: at(pos),
        endpos_b: at(endpos),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Search,
    Full,
}

fn engine_error(vm: &'static Vm, e: fancy_regex::Error) -> crate::interp::Exc {
    vm.runtime_error(format!("regular expression could not be run: {e}"))
}

fn captures(
    vm: &'static Vm,
    r: &Regex,
    hay: &str,
    at: usize,
    anchored: bool,
    groups: usize,
) -> R<Option<Spans>> {
    let input = RegexInput::new(hay).from_pos(at).anchored(anchored);
    match r.captures_input(input) {
        Ok(Some(caps)) => Ok(Some(
            (0..=groups)
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect(),
        )),
        Ok(None) => Ok(None),
        Err(e) => Err(engine_error(vm, e)),
    }
}

/// One match of `c` in `hay` (the subject up to endpos) from byte `at`.
fn exec(vm: &'static Vm, c: &Compiled, hay: &str, at: usize, mode: Mode) -> R<Option<Spans>> {
    match mode {
        Mode::Search => captures(vm, &c.regex, hay, at, false, c.groups),
        Mode::Match => captures(vm, &c.regex, hay, at, true, c.groups),
        Mode::Full => match c.full() {
            Some(r) => captures(vm, r, hay, at, true, c.groups),
            None => Err(re_error(
                vm,
                "pattern not supported by the regular expression engine",
                c.pattern.clone(),
                None,
            )),
        },
    }
}

/// The successive matches of a pattern, with CPython's rule for empty
/// matches: after one, the next match may not be empty at the same place.
pub struct Scanner {
    pub pos_b: usize,
    pub end_b: usize,
    must_advance: bool,
    done: bool,
}

impl Scanner {
    pub fn new(pos_b: usize, end_b: usize) -> Scanner {
        Scanner {
            pos_b,
            end_b,
            must_advance: false,
            done: pos_b > end_b,
        }
    }

    pub fn next(&mut self, vm: &'static Vm, c: &Compiled, text: &str) -> R<Option<Spans>> {
        if self.done {
            return Ok(None);
        }
        let hay = text.get(..self.end_b).unwrap_or(text);
        let p = self.pos_b;
        let found = if self.must_advance {
            let non_empty = match c.not_empty() {
                Some(r) => captures(vm, r, hay, p, true, c.groups)?,
                None => None,
            };
            match non_empty {
                Some(s) => Some(s),
                None => match hay.get(p..).and_then(|rest| rest.chars().next()) {
                    Some(ch) => exec(vm, c, hay, p + ch.len_utf8(), Mode::Search)?,
                    None => None,
                },
            }
        } else {
            exec(vm, c, hay, p, Mode::Search)?
        };
        match found {
            Some(spans) => {
                let (s, e) = spans.first().copied().flatten().unwrap_or((p, p));
                self.must_advance = s == e;
                self.pos_b = e;
                Ok(Some(spans))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }
}

// ---- the Pattern type ------------------------------------------------------------

pub fn pattern_class(vm: &'static Vm) -> Rc<Class> {
    let class = stdlib_class(
        vm,
        "Pattern",
        "re",
        &[
            ("match", p_match),
            ("search", p_search),
            ("fullmatch", p_fullmatch),
            ("findall", p_findall),
            ("finditer", p_finditer),
            ("sub", p_sub),
            ("subn", p_subn),
            ("split", p_split),
            ("__repr__", p_repr),
            ("__eq__", p_eq),
            ("__hash__", p_hash),
            ("__copy__", p_self),
            ("__deepcopy__", p_self),
        ],
    );
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", |vm, _, _| {
                Err(vm.type_error("cannot create 're.Pattern' instances"))
            }))),
        );
        d.insert(Name::new("__slots__"), Value::tuple(Vec::new()));
        d.insert(
            Name::new("__class_getitem__"),
            matchobj::class_getitem_method(),
        );
        d.insert(Name::new("pattern"), matchobj::getter("pattern", p_pattern));
        d.insert(Name::new("flags"), matchobj::getter("flags", p_flags));
        d.insert(Name::new("groups"), matchobj::getter("groups", p_groups));
        d.insert(
            Name::new("groupindex"),
            matchobj::getter("groupindex", p_groupindex),
        );
    }
    class
}

/// The receiver of a Pattern method.
fn this(vm: &Vm, a: &[Value], name: &str) -> R<Rc<Compiled>> {
    match a.first() {
        Some(v) => compiled_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 're.Pattern' object needs an argument"
        ))),
    }
}

fn pos_arg(vm: &'static Vm, v: &Option<Value>, default: i64) -> R<i64> {
    match v {
        Some(v) => int_arg(vm, v),
        None => Ok(default),
    }
}

/// `match`/`search`/`fullmatch` of Pattern object `p`.
pub fn run(
    vm: &'static Vm,
    p: &Value,
    string: Option<&Value>,
    mode: Mode,
    pos: i64,
    endpos: i64,
) -> R<Value> {
    let c = compiled_of(p).ok_or_else(|| vm.type_error("expected a compiled pattern"))?;
    let subj = subject(vm, &c, string)?;
    let r = range(&subj, pos, endpos);
    if r.pos > r.endpos {
        return Ok(Value::None);
    }
    let hay = subj.text.text.get(..r.endpos_b).unwrap_or("");
    match exec(vm, &c, hay, r.pos_b, mode)? {
        Some(spans) => Ok(matchobj::new_match(
            vm,
            MatchData::new(p.clone(), c.clone(), Rc::new(subj), r.pos, r.endpos, spans),
        )?),
        None => Ok(Value::None),
    }
}

fn run_method(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
    mode: Mode,
) -> R<Value> {
    this(vm, a, name)?;
    let (string, pos, endpos) = string_pos_endpos(vm, a, kw, name)?;
    run(vm, &a[0], string.as_ref(), mode, pos, endpos)
}

/// The `(string, pos=0, endpos=sys.maxsize)` arguments of a Pattern's
/// matching methods.
fn string_pos_endpos(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
) -> R<(Option<Value>, i64, i64)> {
    let args = bind(
        vm,
        name,
        &a[1..],
        kw,
        &["string", "pos", "endpos"],
        1,
        Style::C,
    )?;
    let pos = pos_arg(vm, &args[1], 0)?;
    let endpos = pos_arg(vm, &args[2], i64::MAX)?;
    Ok((args[0].clone(), pos, endpos))
}

fn p_match(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    run_method(vm, a, kw, "match", Mode::Match)
}

fn p_search(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    run_method(vm, a, kw, "search", Mode::Search)
}

fn p_fullmatch(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    run_method(vm, a, kw, "fullmatch", Mode::Full)
}

/// What findall returns for one match.
fn found_item(subj: &Subject, c: &Compiled, spans: &Spans) -> Value {
    let text = |g: usize| match spans.get(g).copied().flatten() {
        Some((s, e)) => subj.slice(s, e),
        None => subj.slice(0, 0),
    };
    match c.groups {
        0 => text(0),
        1 => text(1),
        n => Value::tuple((1..=n).map(text).collect()),
    }
}

fn p_findall(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "findall")?;
    let (string, pos, endpos) = string_pos_endpos(vm, a, kw, "findall")?;
    let subj = subject(vm, &c, string.as_ref())?;
    let r = range(&subj, pos, endpos);
    let mut scan = Scanner::new(r.pos_b, r.endpos_b);
    let mut out = Vec::new();
    while let Some(spans) = scan.next(vm, &c, &subj.text.text)? {
        out.push(found_item(&subj, &c, &spans));
    }
    Ok(Value::list(out))
}

// ---- finditer's iterator ------------------------------------------------------------

struct IterState {
    pattern: Value,
    compiled: Rc<Compiled>,
    subject: Rc<Subject>,
    pos: usize,
    endpos: usize,
    scan: Scanner,
}

pub fn iter_class(vm: &'static Vm) -> Rc<Class> {
    stdlib_class(
        vm,
        "callable_iterator",
        "builtins",
        &[
            ("__iter__", |_, a, _| {
                Ok(a.first().cloned().unwrap_or(Value::None))
            }),
            ("__next__", iter_next),
        ],
    )
}

fn iter_next(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let state = match a.first() {
        Some(Value::Instance(i)) => i.data::<RefCell<IterState>>(),
        _ => None,
    };
    let Some(state) = state else {
        return Err(vm.type_error("descriptor '__next__' requires a 'callable_iterator' object"));
    };
    let mut st = state
        .try_borrow_mut()
        .map_err(|_| vm.value_error("generator already executing"))?;
    let st = &mut *st;
    let spans = st.scan.next(vm, &st.compiled, &st.subject.text.text)?;
    match spans {
        Some(spans) => matchobj::new_match(
            vm,
            MatchData::new(
                st.pattern.clone(),
                st.compiled.clone(),
                st.subject.clone(),
                st.pos,
                st.endpos,
                spans,
            ),
        ),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn p_finditer(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "finditer")?;
    let (string, pos, endpos) = string_pos_endpos(vm, a, kw, "finditer")?;
    let subj = subject(vm, &c, string.as_ref())?;
    let r = range(&subj, pos, endpos);
    let state = IterState {
        pattern: a[0].clone(),
        compiled: c,
        subject: Rc::new(subj),
        pos: r.pos,
        endpos: r.endpos,
        scan: Scanner::new(r.pos_b, r.endpos_b),
    };
    Ok(Instance::with_data(classes(vm)?.iter, RefCell::new(state)))
}

// ---- sub and split ------------------------------------------------------------------

/// The replacement: a template, literal text, or a function of the match.
enum Repl {
    Literal(String),
    Template(Rc<Vec<TemplatePart>>),
    Func(Value),
}

/// The text of a str (or bytes, as Latin-1) value of the subject's kind.
fn text_of(v: &Value, is_bytes: bool) -> Option<String> {
    let inner = match v {
        Value::Instance(i) => i.native.clone().unwrap_or(Value::None),
        other => other.clone(),
    };
    match (&inner, is_bytes) {
        (Value::Str(s), false) => Some(s.text.to_string()),
        (_, true) => crate::stdlib::types::bytes::bytes_like(v)
            .map(|b| b.iter().map(|&x| x as char).collect()),
        _ => None,
    }
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.n.call).is_some(),
        _ => false,
    }
}

fn repl_of(vm: &'static Vm, c: &Compiled, repl: &Value) -> R<Repl> {
    if is_callable(vm, repl) {
        return Ok(Repl::Func(repl.clone()));
    }
    let Some(text) = text_of(repl, c.is_bytes) else {
        return Err(vm.type_error(if c.is_bytes {
            format!("expected a bytes-like object, {} found", vm.type_name(repl))
        } else {
            format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(repl)
            )
        }));
    };
    if !text.contains('\\') {
        return Ok(Repl::Literal(text));
    }
    Ok(Repl::Template(c.template(vm, &text, repl)?))
}

/// Expands a parsed template for a match (unmatched groups give "").
pub fn expand(parts: &[TemplatePart], subj: &Subject, spans: &Spans, out: &mut String) {
    for part in parts {
        match part {
            TemplatePart::Lit(s) => out.push_str(s),
            TemplatePart::Group(g) => {
                if let Some((s, e)) = spans.get(*g).copied().flatten() {
                    out.push_str(subj.text.text.get(s..e).unwrap_or(""));
                }
            }
        }
    }
}

/// Text for the result: bytes are carried as Latin-1 characters.
fn result_value(text: String, is_bytes: bool) -> Value {
    if is_bytes {
        Value::Bytes(Rc::new(text.chars().map(|c| c as u32 as u8).collect()))
    } else {
        Value::str(text)
    }
}

fn subx(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &str) -> R<Value> {
    let c = this(vm, a, name)?;
    let args = bind(
        vm,
        name,
        &a[1..],
        kw,
        &["repl", "string", "count"],
        2,
        Style::C,
    )?;
    let subj = Rc::new(subject(vm, &c, args[1].as_ref())?);
    let repl = repl_of(vm, &c, args[0].as_ref().unwrap_or(&Value::None))?;
    let count = pos_arg(vm, &args[2], 0)?;
    let text = &subj.text.text;
    let mut scan = Scanner::new(0, text.len());
    let mut out = String::new();
    let mut last = 0;
    let mut n: i64 = 0;
    // Items of CPython's list of pieces so far (for its error message).
    let mut pieces = 0;
    while count <= 0 || n < count {
        if count < 0 {
            break;
        }
        let Some(spans) = scan.next(vm, &c, text)? else {
            break;
        };
        let (s, e) = spans.first().copied().flatten().unwrap_or((last, last));
        if last < s {
            out.push_str(text.get(last..s).unwrap_or(""));
            pieces += 1;
        }
        match &repl {
            Repl::Literal(t) => out.push_str(t),
            Repl::Template(parts) => expand(parts, &subj, &spans, &mut out),
            Repl::Func(f) => {
                let m = matchobj::new_match(
                    vm,
                    MatchData::new(
                        a[0].clone(),
                        c.clone(),
                        subj.clone(),
                        0,
                        subj.text.chars,
                        spans,
                    ),
                )?;
                let r = vm.call(f, Args::new(vec![m]))?;
                if !r.is_none() {
                    match text_of(&r, c.is_bytes) {
                        Some(t) => out.push_str(&t),
                        None => {
                            return Err(vm.type_error(format!(
                                "sequence item {pieces}: expected {} instance, {} found",
                                if c.is_bytes {
                                    "a bytes-like object"
                                } else {
                                    "str"
                                },
                                vm.type_name(&r)
                            )))
                        }
                    }
                    pieces += 1;
                }
            }
        }
        last = e;
        n += 1;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    let result = if n == 0 && matches!(subj.value, Value::Str(_) | Value::Bytes(_)) {
        subj.value.clone()
    } else {
        result_value(out, subj.is_bytes)
    };
    if name == "subn" {
        Ok(Value::tuple(vec![result, Value::Int(n)]))
    } else {
        Ok(result)
    }
}

fn p_sub(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    subx(vm, a, kw, "sub")
}

fn p_subn(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    subx(vm, a, kw, "subn")
}

fn p_split(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "split")?;
    let args = bind(
        vm,
        "split",
        &a[1..],
        kw,
        &["string", "maxsplit"],
        1,
        Style::C,
    )?;
    let subj = subject(vm, &c, args[0].as_ref())?;
    let maxsplit = pos_arg(vm, &args[1], 0)?;
    let text = &subj.text.text;
    let mut scan = Scanner::new(0, text.len());
    let mut out = Vec::new();
    let mut last = 0;
    let mut n: i64 = 0;
    while maxsplit == 0 || n < maxsplit {
        let Some(spans) = scan.next(vm, &c, text)? else {
            break;
        };
        let (s, e) = spans.first().copied().flatten().unwrap_or((last, last));
        out.push(subj.slice(last, s));
        for g in 1..=c.groups {
            out.push(match spans.get(g).copied().flatten() {
                Some((gs, ge)) => subj.slice(gs, ge),
                None => Value::None,
            });
        }
        n += 1;
        last = e;
    }
    out.push(subj.slice(last, text.len()));
    Ok(Value::list(out))
}

// ---- attributes and the rest ------------------------------------------------------

fn p_pattern(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(this(vm, a, "pattern")?.pattern.clone())
}

fn p_flags(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(Value::Int(this(vm, a, "flags")?.flags as i64))
}

fn p_groups(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(Value::Int(this(vm, a, "groups")?.groups as i64))
}

fn p_groupindex(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "groupindex")?;
    let mut d = Dict::new();
    for (name, i) in &c.names {
        d.set_str(name, Value::Int(*i as i64));
    }
    Ok(Value::dict(d))
}

/// The flag names of a Pattern's repr, in CPython's order.
const REPR_FLAGS: [(&str, u32); 9] = [
    ("re.TEMPLATE", parse::FLAG_TEMPLATE),
    ("re.IGNORECASE", parse::FLAG_IGNORECASE),
    ("re.LOCALE", parse::FLAG_LOCALE),
    ("re.MULTILINE", parse::FLAG_MULTILINE),
    ("re.DOTALL", parse::FLAG_DOTALL),
    ("re.UNICODE", parse::FLAG_UNICODE),
    ("re.VERBOSE", parse::FLAG_VERBOSE),
    ("re.DEBUG", parse::FLAG_DEBUG),
    ("re.ASCII", parse::FLAG_ASCII),
];

fn p_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "__repr__")?;
    let mut flags = c.flags;
    let type_flags = parse::FLAG_LOCALE | parse::FLAG_UNICODE | parse::FLAG_ASCII;
    if !c.is_bytes && flags & type_flags == parse::FLAG_UNICODE {
        flags &= !parse::FLAG_UNICODE;
    }
    let pattern_repr: String = vm.repr(&c.pattern)?.chars().take(200).collect();
    if flags == 0 {
        return Ok(Value::str(format!("re.compile({pattern_repr})")));
    }
    let mut names = Vec::new();
    for (name, bit) in REPR_FLAGS {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    Ok(Value::str(format!(
        "re.compile({pattern_repr}, {})",
        names.join("|")
    )))
}

fn p_eq(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let (Some(x), Some(y)) = (
        a.first().and_then(compiled_of),
        a.get(1).and_then(compiled_of),
    ) else {
        return Ok(Value::NotImplemented);
    };
    if Rc::ptr_eq(&x, &y) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(
        x.flags == y.flags && x.is_bytes == y.is_bytes && vm.eq(&x.pattern, &y.pattern)?,
    ))
}

fn p_hash(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let c = this(vm, a, "__hash__")?;
    let h = vm.hash(&c.pattern)?;
    Ok(Value::Int(h ^ (c.flags as i64)))
}

fn p_self(_: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}
