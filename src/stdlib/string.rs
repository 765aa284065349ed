//! The `string` module: its character-class constants, `capwords`, and
//! `string.Template` (a stdlib class: `$name`, `${name}` and `$$`, with
//! CPython's KeyError and "Invalid placeholder" ValueError). Template's
//! own pattern, `(?a:[_a-z][_a-z0-9]*)` under re.IGNORECASE after the
//! delimiter, is scanned here; a subclass that changes `idpattern`,
//! `braceidpattern`, `flags` or `pattern` gets CPython's regex, compiled
//! with the `re` module.

use std::rc::Rc;

use super::random::{bind, Sig};
use super::{add_fns, builtin, new_module, stdlib_class};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const IGNORECASE: i64 = 2;

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("string");
    {
        let mut d = m.dict.borrow_mut();
        let consts = [
            ("ascii_letters", format!("{LOWER}{UPPER}")),
            ("ascii_lowercase", LOWER.to_string()),
            ("ascii_uppercase", UPPER.to_string()),
            ("digits", DIGITS.to_string()),
            ("hexdigits", "0123456789abcdefABCDEF".to_string()),
            ("octdigits", "01234567".to_string()),
            ("punctuation", PUNCTUATION.to_string()),
            (
                "printable",
                format!("{DIGITS}{LOWER}{UPPER}{PUNCTUATION}{WHITESPACE}"),
            ),
            ("whitespace", WHITESPACE.to_string()),
        ];
        for (name, text) in consts {
            d.insert(Name::new(name), Value::str(text));
        }
        add_fns(&mut d, &[("capwords", capwords)]);
        // CPython's list, but for Formatter, which weft does not have.
        let all = [
            "ascii_letters",
            "ascii_lowercase",
            "ascii_uppercase",
            "capwords",
            "digits",
            "hexdigits",
            "octdigits",
            "printable",
            "punctuation",
            "whitespace",
            "Template",
        ];
        let all = all.iter().map(|n| Value::str(*n)).collect();
        d.insert(Name::new("__all__"), Value::list(all));
        d.insert(Name::new("Template"), Value::Class(template_class(vm)));
    }
    Value::Module(m)
}

fn capwords(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let sig = Sig {
        name: "capwords",
        pos: &["s", "sep"],
        required: 1,
        kwonly: &[],
    };
    let p = bind(vm, &sig, a, kw)?;
    let s = p[0].clone().unwrap_or(Value::None);
    let sep = p[1].clone().unwrap_or(Value::None);
    let words = vm.call_method(&s, &Name::new("split"), Args::new(vec![sep.clone()]))?;
    let mut caps = Vec::new();
    for w in vm.to_vec(&words)? {
        caps.push(vm.call_method(&w, &Name::new("capitalize"), Args::default())?);
    }
    let joiner = if vm.truthy(&sep)? {
        sep
    } else {
        Value::str(" ")
    };
    vm.call_method(
        &joiner,
        &Name::new("join"),
        Args::new(vec![Value::list(caps)]),
    )
}

// ---- Template -------------------------------------------------------------

fn template_class(vm: &'static Vm) -> Rc<Class> {
    let class = stdlib_class(
        vm,
        "Template",
        "string",
        &[
            ("__init__", init),
            ("substitute", |vm, a, k| substitute(vm, a, k, false)),
            ("safe_substitute", |vm, a, k| substitute(vm, a, k, true)),
            ("get_identifiers", get_identifiers),
            ("is_valid", is_valid),
        ],
    );
    {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Name::new("__new__"),
            Value::StaticMethod(Rc::new(builtin("__new__", new_template))),
        );
        d.insert(Name::new("delimiter"), Value::str("$"));
        d.insert(Name::new("idpattern"), Value::str("(?a:[_a-z][_a-z0-9]*)"));
        d.insert(Name::new("braceidpattern"), Value::None);
        d.insert(Name::new("flags"), Value::Int(IGNORECASE));
    }
    class
}

fn new_template(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("Template.__new__(X): X is not a type object"));
    };
    // `__init__` (which the interpreter calls next) sets `template`.
    let obj = vm.new_instance(cls, &Args::default());
    Ok(obj)
}

fn init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let sig = Sig {
        name: "Template.__init__",
        pos: &["self", "template"],
        required: 2,
        kwonly: &[],
    };
    let p = bind(vm, &sig, a, kw)?;
    let this = p[0].clone().unwrap_or(Value::None);
    let template = p[1].clone().unwrap_or(Value::None);
    vm.setattr(&this, &Name::new("template"), template)?;
    Ok(Value::None)
}

/// One match of the placeholder pattern: where it starts and ends (in
/// chars), and what it is.
enum Piece {
    Escaped,
    Named(String),
    Braced(String),
    /// The position (in chars) just after the delimiter.
    Invalid(usize),
    /// A match of a subclass's pattern with none of the four groups.
    Unrecognized,
}

/// The template's text, its delimiter, and its placeholders with their
/// (start, end) in chars: scanned here for Template's own pattern (any
/// delimiter), or found with the `re` module when a subclass changes
/// `idpattern`, `braceidpattern`, `flags` or `pattern`.
type Scanned = (Vec<char>, Vec<char>, Vec<(usize, usize, Piece)>);

fn matches(vm: &'static Vm, this: &Value) -> R<Scanned> {
    let template = vm.getattr(this, &Name::new("template"))?;
    let Value::Str(text) = &template else {
        return Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(&template)
        )));
    };
    let chars: Vec<char> = text.text.chars().collect();
    let delim_value = vm.getattr(this, &Name::new("delimiter"))?;
    let delim: Vec<char> = vm.str_of(&delim_value)?.chars().collect();
    let class = vm.type_of(this);
    let custom = class
        .mro_iter()
        .take_while(|c| !(c.name.as_str() == "Template" && c.module.borrow().as_ref() == "string"))
        .any(|c| {
            let d = c.dict.borrow();
            ["idpattern", "braceidpattern", "flags", "pattern"]
                .iter()
                .any(|n| d.contains_key(&Name::new(n)))
        });
    if custom || delim.iter().any(|c| c.is_ascii_alphabetic()) {
        let found = regex_matches(vm, &class, &delim_value, &template)?;
        return Ok((chars, delim, found));
    }
    let found = scan(&chars, &delim, true);
    Ok((chars, delim, found))
}

/// The placeholders CPython's `Template.pattern` finds for `class`.
fn regex_matches(
    vm: &'static Vm,
    class: &Rc<Class>,
    delim: &Value,
    template: &Value,
) -> R<Vec<(usize, usize, Piece)>> {
    let re = vm.import_module("re")?;
    let call = |obj: &Value, name: &str, args: Vec<Value>| -> R<Value> {
        vm.call_method(obj, &Name::new(name), Args::new(args))
    };
    let class_value = Value::Class(class.clone());
    let attr = |name: &str| vm.getattr(&class_value, &Name::new(name));
    let own_pattern = class
        .mro_iter()
        .take_while(|c| !(c.name.as_str() == "Template" && c.module.borrow().as_ref() == "string"))
        .find_map(|c| c.dict.borrow().get(&Name::new("pattern")).cloned());
    let pattern = match own_pattern {
        Some(p) => p,
        None => {
            let delim = vm.str_of(&call(&re, "escape", vec![delim.clone()])?)?;
            let id = vm.str_of(&attr("idpattern")?)?;
            let bid = attr("braceidpattern")?;
            let bid = if vm.truthy(&bid)? {
                vm.str_of(&bid)?
            } else {
                id.clone()
            };
            // Lib/string.py's pattern, without its comments.
            let lines = [
                String::new(),
                format!("            {delim}(?:"),
                format!("              (?P<escaped>{delim})  |"),
                format!("              (?P<named>{id})       |"),
                format!("              {{(?P<braced>{bid})}} |"),
                "              (?P<invalid>)".to_string(),
                "            )".to_string(),
                "            ".to_string(),
            ];
            Value::str(lines.join("\n"))
        }
    };
    let flags = vm.binary(
        crate::syntax::ast::BinOp::BitOr,
        &attr("flags")?,
        &vm.getattr(&re, &Name::new("VERBOSE"))?,
    )?;
    let compiled = call(&re, "compile", vec![pattern, flags])?;
    let found = call(&compiled, "finditer", vec![template.clone()])?;
    let mut out = Vec::new();
    for mo in vm.to_vec(&found)? {
        let group = |g: &str| call(&mo, "group", vec![Value::str(g)]);
        let index = |v: Value| -> usize {
            match v {
                Value::Int(i) => i.max(0) as usize,
                _ => 0,
            }
        };
        let start = index(call(&mo, "start", vec![])?);
        let end = index(call(&mo, "end", vec![])?);
        let named = group("named")?;
        let named = if vm.truthy(&named)? {
            named
        } else {
            group("braced")?
        };
        let piece = if let Value::Str(n) = &named {
            Piece::Named(n.text.to_string())
        } else if !group("escaped")?.is_none() {
            Piece::Escaped
        } else if !group("invalid")?.is_none() {
            Piece::Invalid(index(call(&mo, "start", vec![Value::str("invalid")])?))
        } else {
            Piece::Unrecognized
        };
        out.push((start, end, piece));
    }
    Ok(out)
}

/// Scans the template: the literal text between placeholders, each
/// placeholder with its (start, end) in chars.
fn scan(text: &[char], delim: &[char], ignorecase: bool) -> Vec<(usize, usize, Piece)> {
    let start_ok =
        |c: char| c == '_' || c.is_ascii_lowercase() || (ignorecase && c.is_ascii_uppercase());
    let rest_ok = |c: char| start_ok(c) || c.is_ascii_digit();
    let ident = |at: usize| -> usize {
        match text.get(at) {
            Some(&c) if start_ok(c) => {
                let mut end = at + 1;
                while text.get(end).is_some_and(|&c| rest_ok(c)) {
                    end += 1;
                }
                end
            }
            _ => at,
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    if delim.is_empty() {
        return out;
    }
    while i + delim.len() <= text.len() {
        if text[i..i + delim.len()] != *delim {
            i += 1;
            continue;
        }
        let after = i + delim.len();
        let s = |a: usize, b: usize| text[a..b].iter().collect::<String>();
        let (end, piece) = if text.get(after..after + delim.len()) == Some(delim) {
            (after + delim.len(), Piece::Escaped)
        } else if ident(after) > after {
            let e = ident(after);
            (e, Piece::Named(s(after, e)))
        } else if text.get(after) == Some(&'{')
            && ident(after + 1) > after + 1
            && text.get(ident(after + 1)) == Some(&'}')
        {
            let e = ident(after + 1);
            (e + 1, Piece::Braced(s(after + 1, e)))
        } else {
            (after, Piece::Invalid(after))
        };
        out.push((i, end, piece));
        i = end;
    }
    out
}

/// CPython's "Invalid placeholder in string: line L, col C", counting
/// lines as str.splitlines does.
fn invalid(vm: &Vm, text: &[char], at: usize) -> crate::interp::Exc {
    let prefix = &text[..at.min(text.len())];
    let (mut line, mut line_start, mut k) = (1, 0, 0);
    while k < prefix.len() {
        let c = prefix[k];
        let brk = crate::runtime::value::is_line_break(c);
        k += 1;
        if c == '\r' && prefix.get(k) == Some(&'\n') {
            k += 1;
        }
        if brk && k < prefix.len() {
            line += 1;
            line_start = k;
        }
    }
    let col = if prefix.is_empty() {
        1
    } else {
        prefix.len() - line_start
    };
    vm.value_error(format!(
        "Invalid placeholder in string: line {line}, col {col}"
    ))
}

fn unrecognized(vm: &Vm) -> crate::interp::Exc {
    vm.value_error("Unrecognized named group in pattern")
}

fn substitute(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], safe: bool) -> R<Value> {
    let name = if safe {
        "Template.safe_substitute"
    } else {
        "Template.substitute"
    };
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let Some(this) = a.first() else {
        return Err(vm.type_error(format!(
            "{name}() missing 1 required positional argument: 'self'"
        )));
    };
    let mapping = a.get(1);
    let (text, delim, found) = matches(vm, this)?;
    let lookup = |key: &str| -> R<Value> {
        if let Some((_, v)) = kw.iter().find(|(k, _)| k.as_str() == key) {
            return Ok(v.clone());
        }
        match mapping {
            Some(m) => vm.getitem(m, &Value::str(key)),
            None => Err(vm.key_error(Value::str(key))),
        }
    };
    let mut out = String::new();
    let mut last = 0;
    for (start, end, piece) in found {
        out.extend(&text[last..start]);
        last = end;
        match piece {
            Piece::Escaped => out.extend(&delim),
            Piece::Named(key) | Piece::Braced(key) => match lookup(&key) {
                Ok(v) => out.push_str(&vm.str_of(&v)?),
                Err(e) if safe && vm.exc_is(&e, &vm.t.key_error) => {
                    out.extend(&text[start..end]);
                }
                Err(e) => return Err(e),
            },
            Piece::Invalid(at) => {
                if !safe {
                    return Err(invalid(vm, &text, at));
                }
                out.extend(&text[start..end]);
            }
            Piece::Unrecognized => return Err(unrecognized(vm)),
        }
    }
    out.extend(&text[last..]);
    Ok(Value::str(out))
}

fn self_only(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)], name: &'static str) -> R<Value> {
    let sig = Sig {
        name,
        pos: &["self"],
        required: 1,
        kwonly: &[],
    };
    let p = bind(vm, &sig, a, kw)?;
    Ok(p[0].clone().unwrap_or(Value::None))
}

fn get_identifiers(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let this = self_only(vm, a, kw, "Template.get_identifiers")?;
    let (_, _, found) = matches(vm, &this)?;
    let mut ids: Vec<String> = Vec::new();
    for (_, _, piece) in found {
        match piece {
            Piece::Named(n) | Piece::Braced(n) if !ids.contains(&n) => ids.push(n),
            Piece::Unrecognized => return Err(unrecognized(vm)),
            _ => {}
        }
    }
    Ok(Value::list(ids.into_iter().map(Value::str).collect()))
}

fn is_valid(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let this = self_only(vm, a, kw, "Template.is_valid")?;
    let (_, _, found) = matches(vm, &this)?;
    for (_, _, piece) in found {
        match piece {
            Piece::Invalid(_) => return Ok(Value::Bool(false)),
            Piece::Unrecognized => return Err(unrecognized(vm)),
            _ => {}
        }
    }
    Ok(Value::Bool(true))
}
