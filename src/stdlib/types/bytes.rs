//! The methods of bytes, and the read-only methods bytearray shares with
//! it, written once over `&[u8]`: a method reads its receiver's bytes and
//! wraps what it makes as the receiver's type (a bytearray subclass gets
//! plain bytearrays back, as in CPython). bytearray's own methods are in
//! bytearray.rs, the str-like ones in bytes_text.rs, the codecs in codecs.rs.

use std::rc::Rc;

use super::super::{add_methods, arity, builtin, int_arg, kwarg};
use super::bytes_text::*;
use super::{bytearray, codecs};
use crate::interp::{Vm, R};
use crate::runtime::*;

/// Which of the two types a method runs on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    Array,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::Array => "bytearray",
        }
    }

    /// A new value of this type.
    pub fn wrap(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => Value::Bytes(Rc::new(data)),
            Kind::Array => bytearray::new(data),
        }
    }
}

/// The bytes of a bytes-like value (bytes, a bytes subclass's value, a
/// bytearray, whose bytes are copied out), or `None`.
pub fn bytes_like(v: &Value) -> Option<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(i) => match &i.native {
            Some(Value::Bytes(b)) => Some(b.clone()),
            _ => bytearray::data_of(v).map(Rc::new),
        },
        Value::Opaque(_) => bytearray::data_of(v).map(Rc::new),
        _ => None,
    }
}

/// A bytes-like argument, or CPython's TypeError.
pub(super) fn buffer_arg(vm: &Vm, v: &Value) -> R<Rc<Vec<u8>>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A method's receiver: its bytes and its type.
pub(super) fn recv(vm: &Vm, a: &[Value], name: &str) -> R<(Rc<Vec<u8>>, Kind)> {
    match a.first() {
        Some(Value::Bytes(b)) => Ok((b.clone(), Kind::Bytes)),
        Some(v) => match bytearray::data_of(v) {
            Some(d) => Ok((Rc::new(d), Kind::Array)),
            None => Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))),
        },
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'bytes' object needs an argument"
        ))),
    }
}

/// The arguments after the receiver.
pub(super) fn rest(a: &[Value]) -> &[Value] {
    a.get(1..).unwrap_or(&[])
}

/// A method that takes no arguments.
pub(super) fn no_args(vm: &Vm, a: &[Value], kind: Kind, name: &str) -> R<()> {
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no arguments ({} given)",
            kind.name(),
            a.len() - 1
        )));
    }
    Ok(())
}

pub(super) fn no_kw(vm: &Vm, kw: &[(Name, Value)], kind: Kind, name: &str) -> R<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind.name()
        )))
    }
}

/// Positional-or-keyword parameters `names`, after the receiver.
pub(super) fn params<'a>(
    vm: &Vm,
    fname: &str,
    a: &'a [Value],
    kw: &'a [(Name, Value)],
    names: &[&str],
) -> R<Vec<Option<&'a Value>>> {
    let pos = rest(a);
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    for (k, _) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(_) => {}
        }
    }
    Ok(names
        .iter()
        .enumerate()
        .map(|(i, n)| pos.get(i).or_else(|| kwarg(kw, n)))
        .collect())
}

pub fn install(vm: &'static Vm) {
    add_methods(&vm.t.bytes, SHARED);
    add_methods(
        &vm.t.bytes,
        &[
            ("__len__", |vm, a, _| Ok(Value::Int(vm.len(&a[0])? as i64))),
            ("__getitem__", |vm, a, _| {
                arity(vm, "__getitem__", a, 2, 2)?;
                vm.getitem(&a[0], &a[1])
            }),
            ("__contains__", |vm, a, _| {
                arity(vm, "__contains__", a, 2, 2)?;
                Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
            }),
            ("__iter__", |vm, a, _| vm.iter(&a[0])),
            ("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?))),
            ("__repr__", |vm, a, _| Ok(Value::str(vm.repr(&a[0])?))),
        ],
    );
    let mut d = vm.t.bytes.dict.borrow_mut();
    d.insert(
        Name::new("fromhex"),
        Value::ClassMethod(Rc::new(builtin("fromhex", fromhex))),
    );
    d.insert(
        Name::new("maketrans"),
        Value::StaticMethod(Rc::new(builtin("maketrans", maketrans))),
    );
}

/// The methods bytes and bytearray share.
pub const SHARED: &[(&str, BuiltinFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("count", |vm, a, kw| find(vm, a, kw, "count", Find::Count)),
    ("find", |vm, a, kw| find(vm, a, kw, "find", Find::First)),
    ("rfind", |vm, a, kw| find(vm, a, kw, "rfind", Find::Last)),
    ("index", |vm, a, kw| {
        find(vm, a, kw, "index", Find::FirstOrRaise)
    }),
    ("rindex", |vm, a, kw| {
        find(vm, a, kw, "rindex", Find::LastOrRaise)
    }),
    ("startswith", |vm, a, kw| {
        affix(vm, a, kw, "startswith", true)
    }),
    ("endswith", |vm, a, kw| affix(vm, a, kw, "endswith", false)),
    ("split", |vm, a, kw| split(vm, a, kw, "split", false)),
    ("rsplit", |vm, a, kw| split(vm, a, kw, "rsplit", true)),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", |vm, a, kw| strip(vm, a, kw, "strip", true, true)),
    ("lstrip", |vm, a, kw| {
        strip(vm, a, kw, "lstrip", true, false)
    }),
    ("rstrip", |vm, a, kw| {
        strip(vm, a, kw, "rstrip", false, true)
    }),
    ("replace", replace),
    ("partition", |vm, a, kw| {
        partition(vm, a, kw, "partition", false)
    }),
    ("rpartition", |vm, a, kw| {
        partition(vm, a, kw, "rpartition", true)
    }),
    ("upper", |vm, a, kw| {
        map(vm, a, kw, "upper", |s| s.to_ascii_uppercase())
    }),
    ("lower", |vm, a, kw| {
        map(vm, a, kw, "lower", |s| s.to_ascii_lowercase())
    }),
    ("swapcase", |vm, a, kw| {
        map(vm, a, kw, "swapcase", |s| {
            s.iter()
                .map(|&c| match c {
                    b'a'..=b'z' => c.to_ascii_uppercase(),
                    b'A'..=b'Z' => c.to_ascii_lowercase(),
                    _ => c,
                })
                .collect()
        })
    }),
    ("title", |vm, a, kw| map(vm, a, kw, "title", title)),
    ("capitalize", |vm, a, kw| {
        map(vm, a, kw, "capitalize", |s| {
            s.iter()
                .enumerate()
                .map(|(i, c)| {
                    if i == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect()
        })
    }),
    ("isdigit", |vm, a, kw| {
        test(vm, a, kw, "isdigit", u8::is_ascii_digit)
    }),
    ("isalpha", |vm, a, kw| {
        test(vm, a, kw, "isalpha", u8::is_ascii_alphabetic)
    }),
    ("isalnum", |vm, a, kw| {
        test(vm, a, kw, "isalnum", u8::is_ascii_alphanumeric)
    }),
    ("isspace", |vm, a, kw| {
        test(vm, a, kw, "isspace", |c| is_space(*c))
    }),
    ("isascii", |vm, a, kw| {
        let (s, kind) = recv(vm, a, "isascii")?;
        no_args(vm, a, kind, "isascii")?;
        no_kw(vm, kw, kind, "isascii")?;
        Ok(Value::Bool(s.is_ascii()))
    }),
    ("isupper", |vm, a, kw| cased(vm, a, kw, "isupper", true)),
    ("islower", |vm, a, kw| cased(vm, a, kw, "islower", false)),
    ("istitle", istitle),
    ("ljust", |vm, a, kw| pad(vm, a, kw, "ljust")),
    ("rjust", |vm, a, kw| pad(vm, a, kw, "rjust")),
    ("center", |vm, a, kw| pad(vm, a, kw, "center")),
    ("zfill", zfill),
    ("removeprefix", |vm, a, kw| {
        remove_affix(vm, a, kw, "removeprefix", true)
    }),
    ("removesuffix", |vm, a, kw| {
        remove_affix(vm, a, kw, "removesuffix", false)
    }),
    ("expandtabs", expandtabs),
    ("translate", translate),
];

/// Python's whitespace for bytes (`Py_ISSPACE`).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn decode(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, _) = recv(vm, a, "decode")?;
    let (encoding, errors) = codecs::enc_args(vm, "decode", a, 1, kw)?;
    Ok(Value::str(codecs::decode(vm, &s, &encoding, &errors)?))
}

fn hex(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, _) = recv(vm, a, "hex")?;
    let p = params(vm, "hex", a, kw, &["sep", "bytes_per_sep"])?;
    let sep = match p.first().copied().flatten() {
        None | Some(Value::None) => None,
        Some(v) => {
            let text: Vec<u32> = match v {
                Value::Str(t) => t.text.chars().map(|c| c as u32).collect(),
                other => match bytes_like(other) {
                    Some(b) => b.iter().map(|&c| c as u32).collect(),
                    None => {
                        return Err(vm.type_error(format!(
                            "object of type '{}' has no len()",
                            vm.type_name(other)
                        )))
                    }
                },
            };
            match text.as_slice() {
                [c] if *c < 0x80 => Some(*c as u8 as char),
                [_] => return Err(vm.value_error("sep must be ASCII.")),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match p.get(1).copied().flatten() {
        Some(v) => size_arg(vm, v, true)?,
        None => 1,
    };
    let n = s.len();
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(n * 3);
    for (i, b) in s.iter().enumerate() {
        if let (Some(sep), true) = (sep, i > 0 && group > 0) {
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(Value::str(out))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits,
/// ASCII whitespace allowed between them.
pub fn fromhex(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let cls = a
        .first()
        .cloned()
        .unwrap_or(Value::Class(vm.t.bytes.clone()));
    let Value::Class(c) = &cls else {
        return Err(vm.type_error("fromhex() needs a class"));
    };
    let kind = if c.is_subclass(&vm.t.bytes) {
        Kind::Bytes
    } else {
        Kind::Array
    };
    super::super::no_kwargs(vm, "fromhex", kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "{}.fromhex() takes exactly one argument ({} given)",
            kind.name(),
            a.len().saturating_sub(1)
        )));
    }
    let s = match &a[1] {
        Value::Str(s) => s.text.clone(),
        other => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let bad = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let digit = |i: usize| {
        chars
            .get(i)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars
            .get(i)
            .is_some_and(|&c| c.is_ascii() && is_space(c as u8))
        {
            i += 1;
            continue;
        }
        let hi = digit(i)?;
        let lo = digit(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let value = kind.wrap(out);
    let exact = Rc::ptr_eq(c, &vm.t.bytes) || bytearray::is_exact_class(c);
    if exact {
        Ok(value)
    } else {
        vm.call(&cls, crate::interp::Args::new(vec![value]))
    }
}

/// `bytes.maketrans(from, to)`: a 256-byte table mapping each byte of
/// `from` to the byte of `to` at the same position.
pub fn maketrans(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    super::super::no_kwargs(vm, "maketrans", kw)?;
    arity(vm, "maketrans", a, 2, 2)?;
    let from = buffer_arg(vm, &a[0])?;
    let to = buffer_arg(vm, &a[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        if let Some(slot) = table.get_mut(f as usize) {
            *slot = t;
        }
    }
    Ok(Value::Bytes(Rc::new(table)))
}

fn translate(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let (s, kind) = recv(vm, a, "translate")?;
    let pos = rest(a);
    if pos.is_empty() {
        return Err(vm.type_error("translate() missing required argument 'table' (pos 1)"));
    }
    let p = params(vm, "translate", a, kw, &["table", "delete"])?;
    let table = match p.first().copied().flatten() {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = buffer_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match p.get(1).copied().flatten() {
        Some(v) => buffer_arg(vm, v)?.to_vec(),
        None => Vec::new(),
    };
    let out = s
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t.get(c as usize).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    Ok(kind.wrap(out))
}

/// What find, count and contains look for: bytes, or one byte by value.
pub fn sub_arg(vm: &'static Vm, v: &Value) -> R<Rc<Vec<u8>>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    match vm.index_of(v)? {
        Some(i) => byte_value(vm, i).map(|b| Rc::new(vec![b])),
        None => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// An int as a byte, or `ValueError: byte must be in range(0, 256)`.
pub fn byte_value(vm: &Vm, i: i64) -> R<u8> {
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The bytes `bytes(...)` or `bytearray(...)` (`what`) makes from its
/// arguments: nothing, a str with an encoding, a count, a bytes-like
/// object, an object with `__bytes__` (bytes only) or an iterable of ints.
pub fn construct(vm: &'static Vm, what: &str, a: &[Value], kw: &[(Name, Value)]) -> R<Vec<u8>> {
    let total = a.len() + kw.len();
    if total > 3 {
        return Err(vm.type_error(format!(
            "{what}() takes at most 3 arguments ({total} given)"
        )));
    }
    let names = ["source", "encoding", "errors"];
    for (k, _) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {what}()"))
                )
            }
            Some(i) if i < a.len() => {
                return Err(vm.type_error(format!(
                    "argument for {what}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(_) => {}
        }
    }
    let arg = |i: usize| a.get(i).or_else(|| names.get(i).and_then(|n| kwarg(kw, n)));
    let text = |i: usize| -> R<Option<String>> {
        match arg(i) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.text.to_string())),
            Some(other) => Err(vm.type_error(format!(
                "{what}() argument '{}' must be str, not {}",
                names.get(i).copied().unwrap_or(""),
                vm.type_name(other)
            ))),
        }
    };
    let encoding = text(1)?;
    let errors = text(2)?;
    let Some(source) = arg(0) else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = source {
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let errors = errors.as_deref().unwrap_or("strict");
        return codecs::encode(vm, &s.text, &encoding, errors);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if what == "bytes" {
        if let Value::Instance(i) = source {
            if let Some(m) = i.class.lookup(&Name::new("__bytes__")) {
                let r = vm.call_bound(&m, source, crate::interp::Args::default())?;
                return match &r {
                    Value::Bytes(b) => Ok(b.to_vec()),
                    Value::Instance(j) if matches!(j.native, Some(Value::Bytes(_))) => {
                        Ok(bytes_like(&r).map(|b| b.to_vec()).unwrap_or_default())
                    }
                    other => Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(other)
                    ))),
                };
            }
        }
    }
    if let Some(b) = bytes_like(source) {
        return Ok(b.to_vec());
    }
    let count = match source {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(_) => return Err(vm.overflow("cannot fit 'int' into an index-sized integer")),
        Value::Instance(i) if i.class.lookup(&vm.n.index).is_some() => vm.index_of(source)?,
        _ => None,
    };
    if let Some(n) = count {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return zeros(vm, n as u64);
    }
    let it = match vm.iter(source) {
        Ok(it) => it,
        Err(e) if vm.exc_is(&e, &vm.t.type_error) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {what}",
                vm.type_name(source)
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let i = int_arg(vm, &x)?;
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) if what == "bytes" => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `n` zero bytes, or MemoryError.
pub fn zeros(vm: &Vm, n: u64) -> R<Vec<u8>> {
    let mut out = alloc(vm, n)?;
    out.resize(n as usize, 0);
    Ok(out)
}

/// An empty buffer with room for `n` bytes, or MemoryError (never an
/// allocation failure that aborts).
pub fn alloc(vm: &Vm, n: u64) -> R<Vec<u8>> {
    let mut out = Vec::new();
    let ok = n <= 1 << 32 && out.try_reserve_exact(n as usize).is_ok();
    if !ok {
        return Err(vm.new_exc(&vm.t.memory_error, ""));
    }
    Ok(out)
}

/// An integer argument CPython converts to a C `Py_ssize_t` (or, with
/// `c_int`, an `int`): too large is an OverflowError.
pub fn size_arg(vm: &'static Vm, v: &Value, c_int: bool) -> R<i64> {
    let too_big = match v {
        Value::BigInt(_) => true,
        Value::Int(i) => c_int && i32::try_from(*i).is_err(),
        _ => false,
    };
    if too_big {
        let c = if c_int { "int" } else { "ssize_t" };
        return Err(vm.overflow(&format!("Python int too large to convert to C {c}")));
    }
    int_arg(vm, v)
}
