//! `re.Match`: one match, its groups and their positions (code points).

use std::rc::Rc;

use super::pattern::{self, Compiled, Spans, Subject};
use super::{bind, classes, Style};
use crate::interp::{Vm, R};
use crate::runtime::*;
use crate::stdlib::{builtin, stdlib_class};

pub struct MatchData {
    pub pattern: Value,
    pub compiled: Rc<Compiled>,
    pub subject: Rc<Subject>,
    pub pos: usize,
    pub endpos: usize,
    /// Byte spans in the subject's text, group 0 first.
    pub bspans: Spans,
    /// The same in code points.
    pub spans: Spans,
}

impl MatchData {
    pub fn new(
        pattern: Value,
        compiled: Rc<Compiled>,
        subject: Rc<Subject>,
        pos: usize,
        endpos: usize,
        bspans: Spans,
    ) -> MatchData {
        // Convert the offsets in increasing order: the subject counts on
        // from the last one.
        let mut offsets: Vec<usize> = bspans.iter().flatten().flat_map(|&(s, e)| [s, e]).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let chars: Vec<usize> = offsets.iter().map(|&b| subject.char_index(b)).collect();
        let conv = |b: usize| {
            offsets
                .binary_search(&b)
                .ok()
                .and_then(|i| chars.get(i).copied())
                .unwrap_or(0)
        };
        let spans = bspans
            .iter()
            .map(|s| s.map(|(a, b)| (conv(a), conv(b))))
            .collect();
        MatchData {
            pattern,
            compiled,
            subject,
            pos,
            endpos,
            bspans,
            spans,
        }
    }

    /// The text of group `g`, or `default` when it did not take part.
    fn group(&self, g: usize, default: &Value) -> Value {
        match self.bspans.get(g).copied().flatten() {
            Some((s, e)) => self.subject.slice(s, e),
            None => default.clone(),
        }
    }

    /// The last group to close, as CPython's `lastindex`.
    fn lastindex(&self) -> Option<usize> {
        (1..self.spans.len())
            .filter_map(|g| {
                self.spans[g].map(|(_, e)| (e, self.compiled.close_pos.get(g).copied(), g))
            })
            .max_by_key(|&(e, close, _)| (e, close))
            .map(|(_, _, g)| g)
    }
}

pub fn new_match(vm: &'static Vm, data: MatchData) -> R<Value> {
    Ok(Instance::with_data(classes(vm)?.match_, data))
}

/// `re.Match[str]`, `re.Pattern[bytes]`: generic aliases, for annotations.
pub fn class_getitem_method() -> Value {
    Value::ClassMethod(Rc::new(builtin("__class_getitem__", |vm, a, _| {
        crate::stdlib::arity(vm, "__class_getitem__", a, 2, 2)?;
        Ok(vm.generic_alias(&a[0], &a[1]))
    })))
}

/// A read-only attribute computed by `get` from the instance.
pub fn getter(name: &'static str, get: BuiltinFn) -> Value {
    Value::Property(Rc::new(Property {
        fget: builtin(name, get),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

pub fn match_class(vm: &'static Vm) -> Rc<Class> {
    let class = stdlib_class(
        vm,
        "Match",
        "re",
        &[
            ("group", m_group),
            ("__getitem__", m_getitem),
            ("groups", m_groups),
            ("groupdict", m_groupdict),
            ("start", m_start),
            ("end", m_end),
            ("span", m_span),
            ("expand", m_expand),
            ("__repr__", m_repr),
            ("__copy__", m_self),
            ("__deepcopy__", m_self),
        ],
    );
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", |vm, _, _| {
                Err(vm.type_error("cannot create 're.Match' instances"))
            }))),
        );
        d.insert(Name::new("__slots__"), Value::tuple(Vec::new()));
        d.insert(Name::new("__class_getitem__"), class_getitem_method());
        d.insert(Name::new("string"), getter("string", m_string));
        d.insert(Name::new("re"), getter("re", m_re));
        d.insert(Name::new("pos"), getter("pos", m_pos));
        d.insert(Name::new("endpos"), getter("endpos", m_endpos));
        d.insert(Name::new("lastindex"), getter("lastindex", m_lastindex));
        d.insert(Name::new("lastgroup"), getter("lastgroup", m_lastgroup));
        d.insert(Name::new("regs"), getter("regs", m_regs));
    }
    class
}

fn this<'a>(vm: &Vm, a: &'a [Value], name: &str) -> R<&'a MatchData> {
    let data = match a.first() {
        Some(Value::Instance(i)) => i.data::<MatchData>(),
        _ => None,
    };
    data.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 're.Match' objects doesn't apply to a '{}' object",
            a.first()
                .map_or_else(|| "NoneType".into(), |v| vm.type_name(v).to_string())
        ))
    })
}

/// The group number `g` names (an int or a group name).
fn index_of(vm: &'static Vm, m: &MatchData, g: &Value) -> R<usize> {
    let no_such = || vm.index_error("no such group");
    let i = match g {
        Value::Str(s) => m.compiled.group_of(&s.text).map(|i| i as i64),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_of(g)?,
        Value::Instance(i) if matches!(i.native, Some(Value::Str(_))) => match &i.native {
            Some(Value::Str(s)) => m.compiled.group_of(&s.text).map(|i| i as i64),
            _ => None,
        },
        other => vm.index_of(other)?,
    };
    match i {
        Some(i) if i >= 0 && (i as usize) <= m.compiled.groups => Ok(i as usize),
        _ => Err(no_such()),
    }
}

fn m_group(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "group")?;
    let args = &a[1..];
    match args {
        [] => Ok(m.group(0, &Value::None)),
        [g] => Ok(m.group(index_of(vm, m, g)?, &Value::None)),
        _ => {
            let mut out = Vec::with_capacity(args.len());
            for g in args {
                out.push(m.group(index_of(vm, m, g)?, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_getitem(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "__getitem__")?;
    let Some(g) = a.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    Ok(m.group(index_of(vm, m, g)?, &Value::None))
}

fn m_groups(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "groups")?;
    let args = bind(vm, "groups", &a[1..], kw, &["default"], 0, Style::C)?;
    let default = args[0].clone().unwrap_or(Value::None);
    Ok(Value::tuple(
        (1..=m.compiled.groups)
            .map(|g| m.group(g, &default))
            .collect(),
    ))
}

fn m_groupdict(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "groupdict")?;
    let args = bind(vm, "groupdict", &a[1..], kw, &["default"], 0, Style::C)?;
    let default = args[0].clone().unwrap_or(Value::None);
    let mut d = Dict::new();
    for (name, g) in &m.compiled.names {
        d.set_str(name, m.group(*g, &default));
    }
    Ok(Value::dict(d))
}

/// The group argument of start/end/span.
fn group_arg(vm: &'static Vm, a: &[Value], name: &str) -> R<(usize, Option<(usize, usize)>)> {
    let m = this(vm, a, name)?;
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let g = match a.get(1) {
        Some(g) => index_of(vm, m, g)?,
        None => 0,
    };
    Ok((g, m.spans.get(g).copied().flatten()))
}

fn m_start(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let (_, span) = group_arg(vm, a, "start")?;
    Ok(Value::Int(span.map_or(-1, |(s, _)| s as i64)))
}

fn m_end(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let (_, span) = group_arg(vm, a, "end")?;
    Ok(Value::Int(span.map_or(-1, |(_, e)| e as i64)))
}

fn span_value(span: Option<(usize, usize)>) -> Value {
    let (s, e) = span.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
    Value::tuple(vec![Value::Int(s), Value::Int(e)])
}

fn m_span(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let (_, span) = group_arg(vm, a, "span")?;
    Ok(span_value(span))
}

fn m_expand(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "expand")?;
    let args = bind(vm, "expand", &a[1..], kw, &["template"], 1, Style::C)?;
    let template = args[0].clone().unwrap_or(Value::None);
    let text = match (&template, m.compiled.is_bytes) {
        (Value::Str(s), false) => s.text.to_string(),
        (Value::Bytes(b), true) => b.iter().map(|&x| x as char).collect(),
        (other, _) => {
            return Err(vm.type_error(format!(
                "expected str instance, {} found",
                vm.type_name(other)
            )))
        }
    };
    let parts = m.compiled.template(vm, &text, &template)?;
    let mut out = String::new();
    pattern::expand(&parts, &m.subject, &m.bspans, &mut out);
    Ok(if m.compiled.is_bytes {
        Value::Bytes(Rc::new(out.chars().map(|c| c as u32 as u8).collect()))
    } else {
        Value::str(out)
    })
}

fn m_repr(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "__repr__")?;
    let (s, e) = m.spans.first().copied().flatten().unwrap_or((0, 0));
    let text: String = vm
        .repr(&m.group(0, &Value::None))?
        .chars()
        .take(50)
        .collect();
    Ok(Value::str(format!(
        "<re.Match object; span=({s}, {e}), match={text}>"
    )))
}

fn m_self(_: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

fn m_string(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(this(vm, a, "string")?.subject.value.clone())
}

fn m_re(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(this(vm, a, "re")?.pattern.clone())
}

fn m_pos(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(Value::Int(this(vm, a, "pos")?.pos as i64))
}

fn m_endpos(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(Value::Int(this(vm, a, "endpos")?.endpos as i64))
}

fn m_lastindex(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "lastindex")?;
    Ok(m.lastindex().map_or(Value::None, |g| Value::Int(g as i64)))
}

fn m_lastgroup(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "lastgroup")?;
    Ok(m.lastindex()
        .and_then(|g| m.compiled.group_name(g))
        .map_or(Value::None, Value::str))
}

fn m_regs(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let m = this(vm, a, "regs")?;
    Ok(Value::tuple(
        m.spans.iter().map(|s| span_value(*s)).collect(),
    ))
}
