//! The `re` module on the fancy-regex engine. Patterns are parsed as
//! CPython parses them (parse.rs: same syntax, same `re.error`s), turned
//! into fancy-regex syntax (emit.rs), and run with CPython's rules for
//! positions (code points), empty matches, `pos`/`endpos`, `match` and
//! `fullmatch` (pattern.rs). `re.Pattern` and `re.Match` are stdlib
//! types written in Rust (pattern.rs, matchobj.rs); compiled patterns
//! are cached by (type, pattern, flags) as CPython caches them.

mod emit;
mod matchobj;
mod parse;
mod pattern;

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::{add_fns, int_arg, new_module};
pub(crate) use super::{bind_args as bind, ArgStyle as Style};
use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;
use parse::*;

/// The classes of the module, for this thread's interpreter.
#[derive(Clone)]
pub(crate) struct Classes {
    pub error: Rc<Class>,
    pub pattern: Rc<Class>,
    pub match_: Rc<Class>,
    pub iter: Rc<Class>,
    pub flag: Rc<Class>,
}

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
    /// Compiled patterns by (is bytes, pattern, flags), oldest first.
    static CACHE: RefCell<IndexMap<(bool, String, i64), Value>> = RefCell::new(IndexMap::new());
}

const MAXCACHE: usize = 512;

pub(crate) fn classes(vm: &Vm) -> R<Classes> {
    CLASSES
        .with(|c| c.borrow().clone())
        .ok_or_else(|| vm.runtime_error("the re module is not initialised"))
}

/// The flags, in the order `RegexFlag` defines them.
const FLAG_NAMES: [(&str, &str, u32); 9] = [
    ("ASCII", "A", FLAG_ASCII),
    ("IGNORECASE", "I", FLAG_IGNORECASE),
    ("LOCALE", "L", FLAG_LOCALE),
    ("UNICODE", "U", FLAG_UNICODE),
    ("MULTILINE", "M", FLAG_MULTILINE),
    ("DOTALL", "S", FLAG_DOTALL),
    ("VERBOSE", "X", FLAG_VERBOSE),
    ("TEMPLATE", "T", FLAG_TEMPLATE),
    ("DEBUG", "", FLAG_DEBUG),
];

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("re");
    let mut attrs = Attrs::default();
    attrs.insert(vm.n.module.clone(), Value::str("re"));
    attrs.insert(Name::new("__init__"), init_builtin(error_init));
    let error = crate::interp::types::new_class(
        vm,
        Name::new("error"),
        vec![vm.t.exception.clone()],
        attrs,
    )
    .unwrap_or_else(|_| vm.t.exception.clone());
    let flag = flag_class(vm);
    let classes = Classes {
        error: error.clone(),
        pattern: pattern::pattern_class(vm),
        match_: matchobj::match_class(vm),
        iter: pattern::iter_class(vm),
        flag: flag.clone(),
    };
    CLASSES.with(|c| *c.borrow_mut() = Some(classes.clone()));
    CACHE.with(|c| c.borrow_mut().clear());
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("compile", compile),
                ("search", search),
                ("match", match_),
                ("fullmatch", fullmatch),
                ("findall", findall),
                ("finditer", finditer),
                ("sub", sub),
                ("subn", subn),
                ("split", split),
                ("escape", escape),
                ("purge", purge),
            ],
        );
        d.insert(Name::new("error"), Value::Class(error));
        d.insert(Name::new("Pattern"), Value::Class(classes.pattern));
        d.insert(Name::new("Match"), Value::Class(classes.match_));
        d.insert(Name::new("RegexFlag"), Value::Class(flag));
        for (name, short, bit) in FLAG_NAMES {
            let v = flag_value(vm, bit as i64);
            d.insert(Name::new(name), v.clone());
            if !short.is_empty() {
                d.insert(Name::new(short), v);
            }
        }
        d.insert(Name::new("NOFLAG"), flag_value(vm, 0));
    }
    Value::Module(m)
}

fn init_builtin(func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: "__init__",
        func,
        unwraps_self: true,
        module: None,
    }))
}

// ---- re.error ------------------------------------------------------------------

/// Fills in an `re.error`: msg, pattern, pos, lineno, colno and its text.
fn fill_error(inst: &Instance, msg: &str, pattern: Value, pos: Value) {
    let (text, lineno, colno) = match (&pattern, &pos) {
        (p, Value::Int(pos)) if !p.is_none() => {
            let pos = (*pos).max(0) as usize;
            let chars: Vec<char> = match p {
                Value::Str(s) => s.text.chars().collect(),
                Value::Bytes(b) => b.iter().map(|&x| x as char).collect(),
                _ => Vec::new(),
            };
            let before = &chars[..pos.min(chars.len())];
            let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
            let colno = match before.iter().rposition(|&c| c == '\n') {
                Some(i) => pos - i,
                None => pos + 1,
            };
            let mut text = format!("{msg} at position {pos}");
            if chars.contains(&'\n') {
                text = format!("{text} (line {lineno}, column {colno})");
            }
            (text, Value::Int(lineno as i64), Value::Int(colno as i64))
        }
        _ => (msg.to_string(), Value::None, Value::None),
    };
    if let Some(e) = &inst.exc {
        e.borrow_mut().args = vec![Value::str(text)];
    }
    let mut d = inst.dict.borrow_mut();
    d.insert(Name::new("msg"), Value::str(msg));
    d.insert(Name::new("pattern"), pattern);
    d.insert(Name::new("pos"), pos);
    d.insert(Name::new("lineno"), lineno);
    d.insert(Name::new("colno"), colno);
}

/// `re.error(msg, pattern, pos)`.
pub(crate) fn re_error(vm: &Vm, msg: &str, pattern: Value, pos: Option<usize>) -> Exc {
    let class = match classes(vm) {
        Ok(c) => c.error,
        Err(e) => return e,
    };
    let e = vm.exc_with_args(&class, Vec::new());
    let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
    fill_error(&e.0, msg, pattern, pos);
    e
}

fn error_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let args = bind(
        vm,
        "error.__init__",
        &a[1.min(a.len())..],
        kw,
        &["msg", "pattern", "pos"],
        1,
        Style::Python,
    )?;
    let msg = match &args[0] {
        Some(m) => vm.str_of(m)?,
        None => String::new(),
    };
    let pattern = args[1].clone().unwrap_or(Value::None);
    let pos = args[2].clone().unwrap_or(Value::None);
    if let Some(Value::Instance(inst)) = a.first() {
        fill_error(inst, &msg, pattern, pos);
    }
    Ok(Value::None)
}

// ---- RegexFlag ------------------------------------------------------------------

fn flag_class(vm: &'static Vm) -> Rc<Class> {
    let mut attrs = Attrs::default();
    attrs.insert(vm.n.module.clone(), Value::str("re"));
    add_fns(
        &mut attrs,
        &[
            ("__repr__", flag_repr),
            ("__str__", flag_repr),
            ("__or__", flag_or),
            ("__ror__", flag_or),
            ("__and__", flag_and),
            ("__rand__", flag_and),
            ("__xor__", flag_xor),
            ("__rxor__", flag_xor),
            ("__invert__", flag_invert),
        ],
    );
    crate::interp::types::new_class(vm, Name::new("RegexFlag"), vec![vm.t.int.clone()], attrs)
        .unwrap_or_else(|_| vm.t.int.clone())
}

/// A `re.RegexFlag` member (or combination) of value `n`.
fn flag_value(vm: &'static Vm, n: i64) -> Value {
    let Ok(c) = classes(vm) else {
        return Value::Int(n);
    };
    Value::Instance(Rc::new(Instance {
        class: c.flag,
        dict: RefCell::new(InstanceAttrs::default()),
        exc: None,
        native: Some(Value::Int(n)),
    }))
}

fn flag_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Instance(i) => match &i.native {
            Some(Value::Int(n)) => Some(*n),
            Some(Value::Bool(b)) => Some(*b as i64),
            _ => None,
        },
        _ => None,
    }
}

fn flag_repr(_vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let n = a.first().and_then(flag_int).unwrap_or(0);
    Ok(Value::str(match n {
        0 => "re.NOFLAG".to_string(),
        n if n < 0 => n.to_string(),
        n => repr_bits(n),
    }))
}

fn repr_bits(n: i64) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = n;
    for (name, _, bit) in FLAG_NAMES {
        if n & bit as i64 != 0 {
            parts.push(format!("re.{name}"));
            rest &= !(bit as i64);
        }
    }
    if rest != 0 {
        parts.push(format!("0x{rest:x}"));
    }
    parts.join("|")
}

fn flag_binop(vm: &'static Vm, a: &[Value], op: fn(i64, i64) -> i64) -> R<Value> {
    let (Some(x), Some(y)) = (a.first().and_then(flag_int), a.get(1).and_then(flag_int)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(flag_value(vm, op(x, y)))
}

fn flag_or(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    flag_binop(vm, a, |x, y| x | y)
}

fn flag_and(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    flag_binop(vm, a, |x, y| x & y)
}

fn flag_xor(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    flag_binop(vm, a, |x, y| x ^ y)
}

fn flag_invert(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let n = a.first().and_then(flag_int).unwrap_or(0);
    Ok(flag_value(vm, !n & 0x1ff))
}

// ---- arguments ------------------------------------------------------------------

/// An integer flags argument (an int or a RegexFlag).
fn flags_arg(vm: &'static Vm, v: Option<&Value>) -> R<i64> {
    match v {
        None => Ok(0),
        Some(v) => match flag_int(v) {
            Some(n) => Ok(n),
            None => int_arg(vm, v),
        },
    }
}

// ---- compiling ------------------------------------------------------------------

/// `re._compile`: a Pattern for a pattern string (cached) or the Pattern
/// itself.
pub(crate) fn compile_value(vm: &'static Vm, pattern: &Value, flags: i64) -> R<Value> {
    if let Some(_c) = pattern::compiled_of(pattern) {
        if flags != 0 {
            return Err(vm.value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(pattern.clone());
    }
    let (is_bytes, text) = match pattern {
        Value::Str(s) => (false, s.text.to_string()),
        Value::Bytes(b) => (true, b.iter().map(|&x| x as char).collect::<String>()),
        Value::Instance(i) => match &i.native {
            Some(Value::Str(s)) => (false, s.text.to_string()),
            Some(Value::Bytes(b)) => (true, b.iter().map(|&x| x as char).collect::<String>()),
            _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
        },
        _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    let key = (is_bytes, text, flags);
    if let Some(p) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(p);
    }
    let p = pattern::compile(vm, pattern, &key.1, is_bytes, flags)?;
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAXCACHE {
            c.shift_remove_index(0);
        }
        c.insert(key, p.clone());
    });
    Ok(p)
}

fn compile(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let args = bind(
        vm,
        "compile",
        a,
        kw,
        &["pattern", "flags"],
        1,
        Style::Python,
    )?;
    let flags = flags_arg(vm, args[1].as_ref())?;
    compile_value(vm, args[0].as_ref().unwrap_or(&Value::None), flags)
}

/// The compiled pattern of a module-level call and the other arguments.
fn module_call(
    vm: &'static Vm,
    fname: &str,
    a: &[Value],
    kw: &[(Name, Value)],
    names: &[&str],
    required: usize,
) -> R<(Value, Vec<Option<Value>>)> {
    let mut args = bind(vm, fname, a, kw, names, required, Style::Python)?;
    let flags = flags_arg(vm, args.last().and_then(|f| f.as_ref()))?;
    let pattern = args[0].take().unwrap_or(Value::None);
    let p = compile_value(vm, &pattern, flags)?;
    Ok((p, args))
}

fn call_pattern(vm: &'static Vm, p: &Value, method: &str, args: Vec<Value>) -> R<Value> {
    vm.call_method(p, &Name::new(method), Args::new(args))
}

fn search(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(vm, "search", a, kw, &["pattern", "string", "flags"], 2)?;
    pattern::run(vm, &p, args[1].as_ref(), pattern::Mode::Search, 0, i64::MAX)
}

fn match_(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(vm, "match", a, kw, &["pattern", "string", "flags"], 2)?;
    pattern::run(vm, &p, args[1].as_ref(), pattern::Mode::Match, 0, i64::MAX)
}

fn fullmatch(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(vm, "fullmatch", a, kw, &["pattern", "string", "flags"], 2)?;
    pattern::run(vm, &p, args[1].as_ref(), pattern::Mode::Full, 0, i64::MAX)
}

fn findall(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(vm, "findall", a, kw, &["pattern", "string", "flags"], 2)?;
    call_pattern(
        vm,
        &p,
        "findall",
        vec![args[1].clone().unwrap_or(Value::None)],
    )
}

fn finditer(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(vm, "finditer", a, kw, &["pattern", "string", "flags"], 2)?;
    call_pattern(
        vm,
        &p,
        "finditer",
        vec![args[1].clone().unwrap_or(Value::None)],
    )
}

fn sub_common(vm: &'static Vm, fname: &str, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(
        vm,
        fname,
        a,
        kw,
        &["pattern", "repl", "string", "count", "flags"],
        3,
    )?;
    let mut call = vec![
        args[1].clone().unwrap_or(Value::None),
        args[2].clone().unwrap_or(Value::None),
    ];
    if let Some(c) = &args[3] {
        call.push(c.clone());
    }
    call_pattern(vm, &p, fname, call)
}

fn sub(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    sub_common(vm, "sub", a, kw)
}

fn subn(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    sub_common(vm, "subn", a, kw)
}

fn split(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (p, args) = module_call(
        vm,
        "split",
        a,
        kw,
        &["pattern", "string", "maxsplit", "flags"],
        2,
    )?;
    let mut call = vec![args[1].clone().unwrap_or(Value::None)];
    if let Some(c) = &args[2] {
        call.push(c.clone());
    }
    call_pattern(vm, &p, "split", call)
}

fn escape(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let args = bind(vm, "escape", a, kw, &["pattern"], 1, Style::Python)?;
    let special = |c: char| "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c);
    match args[0].as_ref().unwrap_or(&Value::None) {
        Value::Str(s) => {
            let mut out = String::with_capacity(s.text.len());
            for c in s.text.chars() {
                if special(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            Ok(Value::str(out))
        }
        Value::Bytes(b) => {
            let mut out = Vec::with_capacity(b.len());
            for &x in b.iter() {
                if x < 0x80 && special(x as char) {
                    out.push(b'\\');
                }
                out.push(x);
            }
            Ok(Value::Bytes(Rc::new(out)))
        }
        other => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(other)
        ))),
    }
}

fn purge(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    bind(vm, "purge", a, kw, &[], 0, Style::Python)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}
