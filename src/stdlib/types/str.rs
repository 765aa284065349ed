//! The methods of str (indices count code points, as in Python).

use std::rc::Rc;

use super::super::{add_methods, arity, int_arg, kwarg};
use super::recv_str;
use crate::interp::{Vm, R};
use crate::runtime::unicode;
use crate::runtime::*;

pub fn install(vm: &'static Vm) {
    vm.t.str.dict.borrow_mut().insert(
        Name::new("maketrans"),
        Value::StaticMethod(Rc::new(super::super::builtin("maketrans", maketrans))),
    );
    add_methods(
        &vm.t.str,
        &[
            ("translate", translate),
            ("upper", |vm, a, _| {
                map(vm, a, "upper", |s| s.to_uppercase())
            }),
            ("lower", |vm, a, _| {
                map(vm, a, "lower", |s| s.to_lowercase())
            }),
            ("casefold", |vm, a, _| {
                map(vm, a, "casefold", |s| {
                    let mut out = String::with_capacity(s.len());
                    for c in s.chars() {
                        match unicode::casefold_special(c) {
                            Some(f) => out.push_str(f),
                            None => out.extend(c.to_lowercase()),
                        }
                    }
                    out
                })
            }),
            ("swapcase", |vm, a, _| map(vm, a, "swapcase", swapcase)),
            ("title", |vm, a, _| map(vm, a, "title", title)),
            ("capitalize", |vm, a, _| {
                map(vm, a, "capitalize", capitalize)
            }),
            ("strip", |vm, a, _| strip(vm, a, true, true)),
            ("lstrip", |vm, a, _| strip(vm, a, true, false)),
            ("rstrip", |vm, a, _| strip(vm, a, false, true)),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("join", join),
            ("replace", replace),
            ("find", |vm, a, _| find(vm, a, "find", false, false)),
            ("rfind", |vm, a, _| find(vm, a, "rfind", true, false)),
            ("index", |vm, a, _| find(vm, a, "index", false, true)),
            ("rindex", |vm, a, _| find(vm, a, "rindex", true, true)),
            ("count", count),
            ("startswith", |vm, a, _| affix(vm, a, "startswith", true)),
            ("endswith", |vm, a, _| affix(vm, a, "endswith", false)),
            ("isdigit", |vm, a, _| test(vm, a, is_digit)),
            ("isdecimal", |vm, a, _| test(vm, a, is_decimal)),
            ("isnumeric", |vm, a, _| test(vm, a, is_numeric)),
            ("isalpha", |vm, a, _| test(vm, a, is_alpha)),
            ("isalnum", |vm, a, _| {
                test(vm, a, |c| is_alpha(c) || is_numeric(c))
            }),
            ("isspace", |vm, a, _| test(vm, a, is_space)),
            ("isascii", |vm, a, _| {
                let s = recv_str(vm, a, "isascii")?;
                Ok(Value::Bool(s.is_ascii()))
            }),
            ("isupper", |vm, a, _| cased(vm, a, true)),
            ("islower", |vm, a, _| cased(vm, a, false)),
            ("istitle", |vm, a, _| {
                let s = recv_str(vm, a, "istitle")?;
                Ok(Value::Bool(is_title_cased(s)))
            }),
            ("isidentifier", |vm, a, _| {
                let s = recv_str(vm, a, "isidentifier")?;
                let mut c = s.chars();
                let ok = c.next().is_some_and(|f| f == '_' || is_alpha(f))
                    && c.all(|x| x == '_' || is_alpha(x) || is_digit(x));
                Ok(Value::Bool(ok))
            }),
            ("isprintable", |vm, a, _| {
                let s = recv_str(vm, a, "isprintable")?;
                Ok(Value::Bool(
                    s.chars().all(crate::runtime::format::is_printable),
                ))
            }),
            ("center", |vm, a, _| pad(vm, a, "center")),
            ("ljust", |vm, a, _| pad(vm, a, "ljust")),
            ("rjust", |vm, a, _| pad(vm, a, "rjust")),
            ("zfill", zfill),
            ("partition", |vm, a, _| partition(vm, a, false)),
            ("rpartition", |vm, a, _| partition(vm, a, true)),
            ("removeprefix", |vm, a, _| {
                arity(vm, "removeprefix", a, 2, 2)?;
                let s = recv_str(vm, a, "removeprefix")?;
                let p = super::super::str_arg(vm, "removeprefix", &a[1])?;
                Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
            }),
            ("removesuffix", |vm, a, _| {
                arity(vm, "removesuffix", a, 2, 2)?;
                let s = recv_str(vm, a, "removesuffix")?;
                let p = super::super::str_arg(vm, "removesuffix", &a[1])?;
                Ok(Value::str(s.strip_suffix(p).unwrap_or(s)))
            }),
            ("expandtabs", expandtabs),
            ("encode", |vm, a, kw| {
                let s = recv_str(vm, a, "encode")?;
                let (encoding, errors) = super::codecs::enc_args(vm, "encode", a, 1, kw)?;
                let b = super::codecs::encode(vm, s, &encoding, &errors)?;
                Ok(Value::Bytes(std::rc::Rc::new(b)))
            }),
            ("format", format),
            ("format_map", |vm, a, _| {
                arity(vm, "format_map", a, 2, 2)?;
                let s = recv_str(vm, a, "format_map")?;
                Ok(Value::str(format_with(vm, s, &[], &[], Some(&a[1]))?))
            }),
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__getitem__", |vm, a, _| {
                arity(vm, "__getitem__", a, 2, 2)?;
                vm.getitem(&a[0], &a[1])
            }),
            ("__str__", |vm, a, _| {
                Ok(Value::str(recv_str(vm, a, "__str__")?))
            }),
            ("__repr__", |vm, a, _| Ok(Value::str(vm.repr(&a[0])?))),
            ("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?))),
        ],
    );
}

fn map(vm: &'static Vm, a: &[Value], name: &str, f: impl Fn(&str) -> String) -> R<Value> {
    arity(vm, name, a, 1, 1)?;
    Ok(Value::str(f(recv_str(vm, a, name)?)))
}

// ---- case mappings, as CPython's do_title, do_capitalize, do_swapcase ----

/// A titlecase letter (category Lt: `ǅ`, `ᾈ`): cased, neither upper nor lower.
fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && unicode::in_ranges(unicode::TITLE, c)
}

/// The Unicode property Cased.
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

fn is_case_ignorable(c: char) -> bool {
    unicode::in_ranges(unicode::CASE_IGNORABLE, c)
}

fn push_title(out: &mut String, c: char) {
    match unicode::title_special(c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// The lowercase of `chars[i]`: a capital sigma ends a word as `ς`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    // Final_Sigma: cased, case-ignorables, SIGMA, and no cased letter
    // after the case-ignorables that follow.
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
    let is_final = before.is_some_and(|&x| is_cased(x)) && !after.is_some_and(|&x| is_cased(x));
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// str.istitle: uppercase and titlecase letters only after uncased
/// characters, lowercase ones only after cased ones, and one at least.
fn is_title_cased(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    unicode::in_ranges(unicode::ALPHA, c)
}

fn is_decimal(c: char) -> bool {
    crate::runtime::format::unicode_decimal(c).is_some()
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    unicode::in_ranges(unicode::DIGIT, c)
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    unicode::in_ranges(unicode::NUMERIC, c)
}

/// Python's whitespace (str.isspace, and what split() splits on).
pub fn is_space(c: char) -> bool {
    unicode::in_ranges(unicode::SPACE, c)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to what
/// `translate` puts in their place.
fn maketrans(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "maketrans", a, 1, 3)?;
    let mut table = Dict::new();
    let ord = |c: char| Value::Int(c as i64);
    if a.len() == 1 {
        let Value::Dict(d) = &a[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let key = match &k {
                Value::Str(s) if s.chars == 1 => ord(s.char_at(0)),
                Value::Str(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                Value::Int(_) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(&mut table, key, v)?;
        }
        return Ok(Value::dict(table));
    }
    let text = |v: &Value, n: &str| -> R<String> {
        match v {
            Value::Str(s) => Ok(s.text.to_string()),
            other => Err(vm.type_error(format!(
                "maketrans() argument {n} must be str, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let (x, y) = (text(&a[0], "1")?, text(&a[1], "2")?);
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (p, q) in x.chars().zip(y.chars()) {
        vm.dict_set(&mut table, ord(p), ord(q))?;
    }
    if let Some(z) = a.get(2) {
        for c in text(z, "3")?.chars() {
            vm.dict_set(&mut table, ord(c), Value::None)?;
        }
    }
    Ok(Value::dict(table))
}

/// `s.translate(table)`: each character looked up by code point; missing
/// ones stay, None deletes, an int or str replaces.
fn translate(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "translate", a, 2, 2)?;
    let s = recv_str(vm, a, "translate")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let v = match vm.getitem(&a[1], &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.exc_is(&e, &vm.t.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match v {
            Value::None => {}
            Value::Str(r) => out.push_str(&r.text),
            Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::str(out))
}

fn test(vm: &'static Vm, a: &[Value], f: impl Fn(char) -> bool) -> R<Value> {
    let s = recv_str(vm, a, "is")?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn cased(vm: &'static Vm, a: &[Value], upper: bool) -> R<Value> {
    let s = recv_str(vm, a, "is")?;
    let mut any = false;
    for c in s.chars() {
        if is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        if c.is_uppercase() || c.is_lowercase() {
            any = true;
            if c.is_uppercase() != upper {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(any))
}

fn strip(vm: &'static Vm, a: &[Value], left: bool, right: bool) -> R<Value> {
    arity(vm, "strip", a, 1, 2)?;
    let s = recv_str(vm, a, "strip")?;
    let out = match a.get(1) {
        None | Some(Value::None) => match (left, right) {
            (true, true) => s.trim_matches(is_space),
            (true, false) => s.trim_start_matches(is_space),
            _ => s.trim_end_matches(is_space),
        },
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.text.chars().collect();
            let f = |c: char| set.contains(&c);
            match (left, right) {
                (true, true) => s.trim_matches(f),
                (true, false) => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            }
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "strip arg must be None or str, not {}",
                vm.type_name(other)
            )))
        }
    };
    Ok(Value::str(out))
}

fn sep_and_max(
    vm: &'static Vm,
    a: &[Value],
    kw: &[(Name, Value)],
    name: &str,
) -> R<(Option<String>, i64)> {
    super::super::only_kwargs(vm, name, kw, &["sep", "maxsplit"])?;
    arity(vm, name, a, 1, 3)?;
    let sep = match a.get(1).or_else(|| kwarg(kw, "sep")) {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.text.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.text.to_string())
        }
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(other))))
        }
    };
    let max = match a.get(2).or_else(|| kwarg(kw, "maxsplit")) {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok((sep, max))
}

fn strs(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (sep, max) = sep_and_max(vm, a, kw, "split")?;
    let s = recv_str(vm, a, "split")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    Ok(match sep {
        Some(sep) => strs(s.splitn(max.saturating_add(1), sep.as_str()).collect()),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(is_space);
            }
            strs(out)
        }
    })
}

fn rsplit(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (sep, max) = sep_and_max(vm, a, kw, "rsplit")?;
    let s = recv_str(vm, a, "rsplit")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out: Vec<&str> = match sep {
        Some(sep) => s.rsplitn(max.saturating_add(1), sep.as_str()).collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_space);
            }
            out
        }
    };
    out.reverse();
    Ok(strs(out))
}

fn splitlines(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let s = recv_str(vm, a, "splitlines")?;
    let keep = match a.get(1).or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if crate::runtime::value::is_line_break(c) {
            let mut end = at + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(if keep { &s[start..end] } else { &s[start..at] });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(strs(out))
}

fn join(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "join", a, 2, 2)?;
    let sep = recv_str(vm, a, "join")?;
    let items = vm.to_vec(&a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match item {
            Value::Str(s) => out.push_str(&s.text),
            // A str subclass instance (StrEnum members) joins as its value.
            Value::Instance(inst) if matches!(inst.native, Some(Value::Str(_))) => {
                if let Some(Value::Str(s)) = &inst.native {
                    out.push_str(&s.text);
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::str(out))
}

fn replace(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "replace", a, 3, 4)?;
    let s = recv_str(vm, a, "replace")?;
    let old = super::super::str_arg(vm, "replace", &a[1])?;
    let new = super::super::str_arg(vm, "replace", &a[2])?;
    let count = match a.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok(Value::str(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

/// The byte range of `s[start:end]` from optional code-point arguments.
fn bounds(vm: &'static Vm, s: &Str, a: &[Value], from: usize) -> R<(usize, usize)> {
    let n = s.chars as i64;
    let norm = |v: Option<&Value>, default: i64| -> R<i64> {
        Ok(match v {
            None | Some(Value::None) => default,
            Some(v) => {
                let i = int_arg(vm, v)?;
                if i < 0 {
                    (i + n).max(0)
                } else {
                    i.min(n)
                }
            }
        })
    };
    let start = norm(a.get(from), 0)?;
    let end = norm(a.get(from + 1), n)?;
    Ok((
        s.byte_offset(start as usize),
        s.byte_offset(end.max(start) as usize),
    ))
}

fn find(vm: &'static Vm, a: &[Value], name: &str, reverse: bool, raise: bool) -> R<Value> {
    arity(vm, name, a, 2, 4)?;
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error("needs a str"));
    };
    let sub = match &a[1] {
        Value::Str(x) => &x.text,
        other => return Err(vm.type_error(format!("must be str, not {}", vm.type_name(other)))),
    };
    let (lo, hi) = bounds(vm, s, a, 2)?;
    let hay = &s.text[lo..hi];
    let found = if reverse {
        hay.rfind(&**sub)
    } else {
        hay.find(&**sub)
    };
    match found {
        Some(b) => Ok(Value::Int(s.char_index(lo + b) as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn count(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "count", a, 2, 4)?;
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error("needs a str"));
    };
    let sub = super::super::str_arg(vm, "count", &a[1])?;
    let (lo, hi) = bounds(vm, s, a, 2)?;
    let hay = &s.text[lo..hi];
    Ok(Value::Int(if sub.is_empty() {
        hay.chars().count() as i64 + 1
    } else {
        hay.matches(sub).count() as i64
    }))
}

fn affix(vm: &'static Vm, a: &[Value], name: &str, prefix: bool) -> R<Value> {
    arity(vm, name, a, 2, 4)?;
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error("needs a str"));
    };
    let (lo, hi) = bounds(vm, s, a, 2)?;
    let hay = &s.text[lo..hi];
    let check = |p: &Value| -> R<bool> {
        match p {
            Value::Str(x) => Ok(if prefix {
                hay.starts_with(&*x.text)
            } else {
                hay.ends_with(&*x.text)
            }),
            other => Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(other)
            ))),
        }
    };
    match &a[1] {
        Value::Tuple(t) => {
            for p in t.iter() {
                if check(p)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        p => Ok(Value::Bool(check(p)?)),
    }
}

fn pad(vm: &'static Vm, a: &[Value], name: &str) -> R<Value> {
    arity(vm, name, a, 2, 3)?;
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error("needs a str"));
    };
    let width = int_arg(vm, &a[1])?;
    let fill = match a.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.chars == 1 => f.char_at(0),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
    };
    let n = s.chars as i64;
    if width <= n {
        return Ok(a[0].clone());
    }
    let total = (width - n) as usize;
    let (left, right) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        // CPython's center puts the odd extra space on the left when the
        // width is odd.
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&s.text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::str(out))
}

fn zfill(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "zfill", a, 2, 2)?;
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error("needs a str"));
    };
    let width = int_arg(vm, &a[1])?;
    let n = s.chars as i64;
    if width <= n {
        return Ok(a[0].clone());
    }
    let zeros = "0".repeat((width - n) as usize);
    let t = &s.text;
    Ok(Value::str(match t.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &t[1..]),
        _ => format!("{zeros}{t}"),
    }))
}

fn partition(vm: &'static Vm, a: &[Value], reverse: bool) -> R<Value> {
    arity(vm, "partition", a, 2, 2)?;
    let s = recv_str(vm, a, "partition")?;
    let sep = super::super::str_arg(vm, "partition", &a[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s[..i]),
            Value::str(sep),
            Value::str(&s[i + sep.len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), Value::str(s)],
        None => vec![Value::str(s), Value::str(""), Value::str("")],
    }))
}

fn expandtabs(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let s = recv_str(vm, a, "expandtabs")?;
    let size = match a.get(1) {
        Some(v) => int_arg(vm, v)?.max(0) as usize,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn format(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let s = recv_str(vm, a, "format")?;
    Ok(Value::str(format_with(vm, s, &a[1..], kw, None)?))
}

/// str.format: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, conversions,
/// and specs with nested fields.
pub fn format_with(
    vm: &'static Vm,
    s: &str,
    pos: &[Value],
    kw: &[(Name, Value)],
    mapping: Option<&Value>,
) -> R<String> {
    let args = FormatArgs { pos, kw, mapping };
    format_fields(vm, s, &args, &mut Numbering::default(), 2)
}

struct FormatArgs<'a> {
    pos: &'a [Value],
    kw: &'a [(Name, Value)],
    mapping: Option<&'a Value>,
}

/// `{}` numbers fields automatically, `{0}` manually; a format string
/// (nested specs included) may not mix the two.
#[derive(Default)]
struct Numbering {
    next: usize,
    manual: bool,
}

impl Numbering {
    fn auto(&mut self, vm: &Vm) -> R<usize> {
        if self.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        self.next += 1;
        Ok(self.next - 1)
    }

    fn manual(&mut self, vm: &Vm) -> R<()> {
        if self.next > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        self.manual = true;
        Ok(())
    }
}

fn format_fields(
    vm: &'static Vm,
    s: &str,
    args: &FormatArgs,
    numbering: &mut Numbering,
    recursion: u32,
) -> R<String> {
    if recursion == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let (pos, kw, mapping) = (args.pos, args.kw, args.mapping);
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (specs may nest one level).
            let mut open = 1;
            let mut j = i + 1;
            while j < chars.len() && open > 0 {
                match chars[j] {
                    '{' => open += 1,
                    '}' => open -= 1,
                    _ => {}
                }
                j += 1;
            }
            if open > 0 {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            i = j;
            // Split into name, conversion, spec.
            let (head, spec) = match field.find(':') {
                Some(k) => (&field[..k], &field[k + 1..]),
                None => (&field[..], ""),
            };
            let (name, conv) = match head.find('!') {
                Some(k) => (&head[..k], head[k + 1..].chars().next()),
                None => (head, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..first_end];
            let mut v = if first.is_empty() {
                let auto = numbering.auto(vm)?;
                pos.get(auto).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?
            } else if let Ok(n) = first.parse::<usize>() {
                numbering.manual(vm)?;
                pos.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else if let Some(m) = mapping {
                vm.getitem(m, &Value::str(first))?
            } else {
                match kw.iter().find(|(k, _)| k.as_str() == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(Value::str(first))),
                }
            };
            // Attribute and index accessors.
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    v = vm.getattr(&v, &Name::new(&r[..end]))?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r
                        .find(']')
                        .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    v = vm.getitem(&v, &k)?;
                    rest = &r[end + 1..];
                } else {
                    break;
                }
            }
            let spec = if spec.contains('{') {
                format_fields(vm, spec, args, numbering, recursion - 1)?
            } else {
                spec.to_string()
            };
            vm.format_field(&mut out, &v, None, conv, &spec)?;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}
