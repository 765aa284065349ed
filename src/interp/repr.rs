//! Turning values into text: `repr()`, `str()`, `ascii()`, `format()` and
//! the `%` operator, as CPython writes each built-in value.

use num_bigint::BigInt;

use super::call::Args;
use super::{Vm, R};
use crate::runtime::format::{self, FmtError, PercentArg};
use crate::runtime::*;

impl From<FmtError> for super::Exc {
    fn from(e: FmtError) -> super::Exc {
        let vm = super::current();
        match e {
            FmtError::Value(m) => vm.value_error(m),
            FmtError::Type(m) => vm.type_error(m),
            FmtError::Overflow(m) => vm.overflow(&m),
        }
    }
}

impl Vm {
    pub fn repr(&'static self, v: &Value) -> R<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => format::int_to_decimal(b)?,
            Value::Float(f) => format::float_repr(*f),
            Value::Complex(c) => super::complex::complex_repr(c.0, c.1),
            Value::Str(s) => format::str_repr(&s.text),
            Value::Bytes(b) => format::bytes_repr(b),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::List(l) => {
                let Some(_guard) = self.repr_enter(v) else {
                    return Ok("[...]".into());
                };
                let items = l.borrow().clone();
                format!("[{}]", self.join_reprs(&items)?)
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    let Some(_guard) = self.repr_enter(v) else {
                        return Ok("(...)".into());
                    };
                    format!("({})", self.join_reprs(t)?)
                }
            }
            Value::Dict(d) => {
                let Some(_guard) = self.repr_enter(v) else {
                    return Ok("{...}".into());
                };
                let items: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut parts = Vec::with_capacity(items.len());
                for (k, v) in items {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    "set()".into()
                } else {
                    let Some(_guard) = self.repr_enter(v) else {
                        return Ok("{...}".into());
                    };
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items = s.keys();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            Value::View(view) => {
                let name = self.type_name(v);
                let items = self.to_vec(v)?;
                let _ = view;
                format!("{name}([{}])", self.join_reprs(&items)?)
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), addr(v)),
            Value::Builtin(b) => format!("<built-in function {}>", b.name),
            Value::Method(m) => match &m.func {
                Value::Builtin(b) => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    self.type_name(&m.receiver),
                    addr(&m.receiver)
                ),
                func => {
                    let qualname = match func {
                        Value::Function(f) => f.qualname.borrow().to_string(),
                        other => self.repr(other)?,
                    };
                    format!("<bound method {} of {}>", qualname, self.repr(&m.receiver)?)
                }
            },
            Value::Class(_) if self.meta_dunder(v, &self.n.repr).is_some() => {
                let m = self.meta_dunder(v, &self.n.repr).unwrap_or(Value::None);
                match self.call_bound(&m, v, Args::default())? {
                    Value::Str(s) => s.text.to_string(),
                    other => {
                        return Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            Value::Class(c) => format!("<class '{}'>", self.class_path(c)),
            Value::Instance(i) => {
                if let Some(p) = self.native_for(v, &self.n.repr) {
                    return self.repr(&p);
                }
                let default = self.t.object.dict.borrow().get(&self.n.repr).cloned();
                if let Some(m) = i
                    .class
                    .lookup(&self.n.repr)
                    .filter(|m| !default.as_ref().is_some_and(|d| m.is(d)))
                {
                    // No guard against cycles here: as in CPython, a
                    // __repr__ that recurses ends in RecursionError.
                    let r = self.call_bound(&m, v, Args::default())?;
                    return match r {
                        Value::Str(s) => Ok(s.text.to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if i.exc.is_some() {
                    return self.exception_repr(v);
                }
                format!("<{} object at {}>", self.class_path(&i.class), addr(v))
            }
            Value::Future(f) => match f.class.lookup(&self.n.repr) {
                Some(m) => {
                    let r = self.call_bound(&m, v, Args::default())?;
                    self.str_of(&r)?
                }
                None => format!("<{} object at {}>", self.class_path(&f.class), addr(v)),
            },
            Value::Module(m) => match &m.file {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Generator(g) => format!(
                "<{} object {} at {}>",
                match g.kind {
                    GenKind::Coroutine => "coroutine",
                    GenKind::Generator => "generator",
                    GenKind::AsyncGenerator => "async_generator",
                },
                g.qualname,
                addr(v)
            ),
            Value::File(f) => format!(
                "<_io.{} name={} mode='{}' encoding='UTF-8'>",
                if f.binary {
                    "BufferedReader"
                } else {
                    "TextIOWrapper"
                },
                self.repr(&f.name)?,
                f.mode
            ),
            Value::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.after.name,
                self.type_name(&s.obj)
            ),
            _ => format!("<{} object at {}>", self.type_name(v), addr(v)),
        })
    }

    /// `module.Qualname` as default reprs write it.
    /// How CPython names a callable in call errors: `__main__.f()`,
    /// `len()`, `__main__.C.m()`.
    pub fn function_str(&'static self, f: &Value) -> String {
        let Ok(qualname) = self.getattr(f, &self.n.qualname) else {
            return self.str_of(f).unwrap_or_default();
        };
        let qualname = self.str_of(&qualname).unwrap_or_default();
        match self.getattr(f, &self.n.module) {
            Ok(Value::Str(m)) if &*m.text != "builtins" => format!("{}.{qualname}()", m.text),
            _ => format!("{qualname}()"),
        }
    }

    /// `function_str` of `obj.name`.
    pub fn method_str(&'static self, obj: &Value, name: &Name) -> String {
        match self.getattr(obj, name) {
            Ok(m) => self.function_str(&m),
            Err(_) => format!("{name}()"),
        }
    }

    /// A class as reprs name it: `module.qualname`, or just the qualname
    /// for builtins' types (as `object.__repr__` and `type.__repr__` do).
    pub fn class_path(&self, c: &Class) -> String {
        let module = c.module.borrow();
        if &**module == "builtins" {
            c.qualname.borrow().to_string()
        } else {
            format!("{}.{}", module, c.qualname.borrow())
        }
    }

    fn join_reprs(&'static self, items: &[Value]) -> R<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    /// Guards a container's repr against itself; `None` when already inside.
    fn repr_enter(&'static self, v: &Value) -> Option<ReprGuard> {
        let p = v.ptr()?;
        let mut stack = self.repr_stack.borrow_mut();
        if stack.contains(&p) {
            return None;
        }
        stack.push(p);
        Some(ReprGuard(self))
    }

    /// A `__str__` written in Rust for a stdlib class (asyncio.Queue's), as
    /// opposed to object's and BaseException's, which str_of handles itself.
    fn own_native_str(&self, m: &Value) -> bool {
        let inherited =
            |c: &std::rc::Rc<Class>| c.dict.borrow().get(&self.n.str).is_some_and(|o| o.is(m));
        !inherited(&self.t.object) && !inherited(&self.t.base_exception)
    }

    pub fn str_of(&'static self, v: &Value) -> R<String> {
        match v {
            Value::Str(s) => Ok(s.text.to_string()),
            Value::Class(_) => match self.meta_dunder(v, &self.n.str) {
                Some(m) => match self.call_bound(&m, v, Args::default())? {
                    Value::Str(s) => Ok(s.text.to_string()),
                    other => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&other)
                    ))),
                },
                None => self.repr(v),
            },
            Value::Instance(i) => {
                // str's own __str__; the other value types print their repr.
                if let Some(p @ Value::Str(_)) = self.native_for(v, &self.n.str) {
                    return self.str_of(&p);
                }
                if let Some(m) = i
                    .class
                    .lookup(&self.n.str)
                    .filter(|m| !matches!(m, Value::Builtin(_)) || self.own_native_str(m))
                {
                    let r = self.call_bound(&m, v, Args::default())?;
                    return match r {
                        Value::Str(s) => Ok(s.text.to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if i.exc.is_some() {
                    return self.exception_str(v);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// BaseException.__str__: the message from the arguments.
    pub fn exception_str(&'static self, v: &Value) -> R<String> {
        let Value::Instance(i) = v else {
            return self.str_of(v);
        };
        let Some(e) = &i.exc else { return self.repr(v) };
        let args = e.borrow().args.clone();
        let decode = i.class.is_subclass(&self.t.unicode_decode_error);
        if args.len() == 5 && (decode || i.class.is_subclass(&self.t.unicode_encode_error)) {
            // CPython words these from the attributes, which start as the
            // args (encoding, object, start, end, reason).
            let attr = |n: &str| self.getattr(v, &Name::new(n));
            let encoding = self.str_of(&attr("encoding")?)?;
            let object = attr("object")?;
            let start = self.index_of(&attr("start")?)?.unwrap_or(0);
            let end = self.index_of(&attr("end")?)?.unwrap_or(0);
            let reason = self.str_of(&attr("reason")?)?;
            let single = end == start.saturating_add(1);
            let at = usize::try_from(start).ok();
            let last = end.saturating_sub(1);
            if decode {
                let byte = match &object {
                    Value::Bytes(b) if single => at.and_then(|k| b.get(k)).copied(),
                    _ => None,
                };
                return Ok(match byte {
                    Some(x) => format!(
                        "'{encoding}' codec can't decode byte 0x{x:02x} in position {start}: {reason}"
                    ),
                    None => format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{last}: {reason}"
                    ),
                });
            }
            let ch = match &object {
                Value::Str(s) if single => at.filter(|&k| k < s.chars).map(|k| s.char_at(k) as u32),
                _ => None,
            };
            return Ok(match ch {
                Some(n) => {
                    let c = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    format!(
                        "'{encoding}' codec can't encode character '{c}' in position {start}: {reason}"
                    )
                }
                None => format!(
                    "'{encoding}' codec can't encode characters in position {start}-{last}: {reason}"
                ),
            });
        }
        if i.class.is_subclass(&self.t.os_error) {
            if let Some(s) = self.os_error_str(i)? {
                return Ok(s);
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 if i.class.is_subclass(&self.t.key_error) => self.repr(&args[0]),
            1 => self.str_of(&args[0]),
            _ if i.class.is_subclass(&self.t.base_exception_group) => {
                let n = self.len(&args[1]).unwrap_or(0);
                Ok(format!(
                    "{} ({n} sub-exception{})",
                    self.str_of(&args[0])?,
                    if n == 1 { "" } else { "s" }
                ))
            }
            2 if i.class.is_subclass(&self.t.syntax_error) => {
                let msg = self.str_of(&args[0])?;
                let (file, line) = match &args[1] {
                    Value::Tuple(t) if t.len() >= 2 => (t[0].clone(), t[1].clone()),
                    _ => (Value::None, Value::None),
                };
                let base = file.as_str().map(|f| {
                    std::path::Path::new(f)
                        .file_name()
                        .map_or(f.to_string(), |b| b.to_string_lossy().into_owned())
                });
                Ok(match (base, line) {
                    (Some(f), Value::Int(n)) => format!("{msg} ({f}, line {n})"),
                    (Some(f), _) => format!("{msg} ({f})"),
                    (None, Value::Int(n)) => format!("{msg} (line {n})"),
                    _ => msg,
                })
            }
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// BaseException.__repr__: `Type(args...)`.
    pub fn exception_repr(&'static self, v: &Value) -> R<String> {
        let Value::Instance(i) = v else {
            return self.repr(v);
        };
        let Some(e) = &i.exc else { return self.repr(v) };
        let args = e.borrow().args.clone();
        let inner = if args.len() == 1 {
            self.repr(&args[0])?
        } else {
            self.join_reprs(&args)?
        };
        Ok(format!("{}({inner})", i.class.name))
    }

    pub fn ascii(&'static self, v: &Value) -> R<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&'static self, v: &Value, spec: &str) -> R<String> {
        if let Some(p) = self.native_for(v, &self.n.format) {
            if spec.is_empty() {
                return self.str_of(v);
            }
            return self.format(&p, spec);
        }
        match v {
            Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => Ok(format::format_int(&BigInt::from(*i), spec)?),
            Value::Bool(b) => Ok(format::format_int_as(
                &BigInt::from(*b as i64),
                spec,
                "bool",
            )?),
            Value::BigInt(b) => Ok(format::format_int(b, spec)?),
            Value::Float(f) => Ok(format::format_float(*f, spec)?),
            Value::Str(s) => Ok(format::format_str(&s.text, spec)?),
            Value::Instance(i) => {
                if let Some(m) = i.class.lookup(&self.n.format) {
                    let r = self.call_bound(&m, v, Args::new(vec![Value::str(spec)]))?;
                    return match r {
                        Value::Str(s) => Ok(s.text.to_string()),
                        other => Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                self.format_default(v, spec)
            }
            _ => self.format_default(v, spec),
        }
    }

    fn format_default(&'static self, v: &Value, spec: &str) -> R<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.type_name(v)
        )))
    }

    /// `text % args`.
    pub fn percent_format(&'static self, text: &str, args: &Value) -> R<Value> {
        let (items, mapping) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(i) if i.class.lookup(&self.n.getitem).is_some() => {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut used_mapping = false;
        let out = format::percent_format(text, |key: Option<&str>, conv: char| -> R<PercentArg> {
            let v = match key {
                Some(k) => {
                    used_mapping = true;
                    let Some(m) = &mapping else {
                        return Err(self.type_error("format requires a mapping"));
                    };
                    self.getitem(m, &Value::str(k))?
                }
                None => {
                    let Some(v) = items.get(next) else {
                        return Err(self.type_error("not enough arguments for format string"));
                    };
                    next += 1;
                    v.clone()
                }
            };
            self.percent_arg(&v, conv)
        })?;
        if !used_mapping && next < items.len() && mapping.is_none() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(Value::str(out))
    }

    /// `data % args` for bytes: the format and the bytes-like arguments
    /// go through the str formatter as Latin-1 text, one char per byte.
    pub fn bytes_percent_format(&'static self, data: &[u8], args: &Value) -> R<Value> {
        let latin1 = |b: &[u8]| -> String { b.iter().map(|&c| c as char).collect() };
        let text = latin1(data);
        let (items, mapping) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(i)
                if i.class.lookup(&self.n.getitem).is_some()
                    && crate::stdlib::bytes_like(args).is_none() =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut used_mapping = false;
        let out = format::percent_format_bytes(
            &text,
            |key: Option<&str>, conv: char| -> R<PercentArg> {
                let v = match key {
                    Some(k) => {
                        used_mapping = true;
                        let Some(m) = &mapping else {
                            return Err(self.type_error("format requires a mapping"));
                        };
                        let key: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
                        self.getitem(m, &Value::Bytes(std::rc::Rc::new(key)))?
                    }
                    None => {
                        let Some(v) = items.get(next) else {
                            return Err(self.type_error("not enough arguments for format string"));
                        };
                        next += 1;
                        v.clone()
                    }
                };
                match conv {
                    's' | 'b' => Ok(PercentArg::Str(latin1(&self.bytes_like_arg(&v)?))),
                    'r' | 'a' => Ok(PercentArg::Str(self.ascii(&v)?)),
                    'c' => match &v {
                        Value::Bytes(b) if b.len() == 1 => Ok(PercentArg::Str(latin1(b))),
                        Value::Int(i) => match u8::try_from(*i) {
                            Ok(c) => Ok(PercentArg::Str((c as char).to_string())),
                            Err(_) => Err(self.overflow("%c arg not in range(256)")),
                        },
                        _ => match crate::stdlib::bytes_like(&v) {
                            Some(b) if b.len() == 1 => Ok(PercentArg::Str(latin1(&b))),
                            _ => Err(self.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            )),
                        },
                    },
                    _ => self.percent_arg(&v, conv),
                }
            },
        )?;
        if !used_mapping && next < items.len() && mapping.is_none() {
            return Err(self.type_error("not all arguments converted during bytes formatting"));
        }
        Ok(Value::Bytes(std::rc::Rc::new(
            out.chars().map(|c| c as u32 as u8).collect(),
        )))
    }

    /// What `%s`/`%b` take in bytes formatting: bytes, a bytearray, or
    /// what `__bytes__` gives.
    fn bytes_like_arg(&'static self, v: &Value) -> R<Vec<u8>> {
        if let Some(b) = crate::stdlib::bytes_like(v) {
            return Ok(b.to_vec());
        }
        if let Some(m) = self.type_of(v).lookup(&Name::new("__bytes__")) {
            if let Value::Bytes(b) = self.call_bound(&m, v, super::Args::default())? {
                return Ok(b.to_vec());
            }
        }
        Err(self.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            self.type_name(v)
        )))
    }

    fn percent_arg(&'static self, v: &Value, conv: char) -> R<PercentArg> {
        Ok(match conv {
            's' => PercentArg::Str(self.str_of(v)?),
            'r' => PercentArg::Str(self.repr(v)?),
            'a' => PercentArg::Str(self.ascii(v)?),
            'c' => match v {
                Value::Str(s) if s.chars == 1 => PercentArg::Str(s.text.to_string()),
                Value::Int(i) => match u32::try_from(*i).ok().filter(|c| *c < 0x110000) {
                    Some(c) => PercentArg::Str(char::from_u32(c).unwrap_or('\u{fffd}').to_string()),
                    None => return Err(self.overflow("%c arg not in range(0x110000)")),
                },
                _ => return Err(self.type_error("%c requires int or char")),
            },
            'd' | 'i' | 'u' | '*' => match v {
                Value::Int(i) => PercentArg::Int(BigInt::from(*i)),
                Value::Bool(b) => PercentArg::Int(BigInt::from(*b as i64)),
                Value::BigInt(b) => PercentArg::Int((**b).clone()),
                Value::Float(f) => PercentArg::Float(*f),
                _ if conv == '*' => return Err(self.type_error("* wants int")),
                _ => {
                    return Err(self.type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        self.type_name(v)
                    )))
                }
            },
            'o' | 'x' | 'X' => match v {
                Value::Int(i) => PercentArg::Int(BigInt::from(*i)),
                Value::Bool(b) => PercentArg::Int(BigInt::from(*b as i64)),
                Value::BigInt(b) => PercentArg::Int((**b).clone()),
                _ => {
                    return Err(self.type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        self.type_name(v)
                    )))
                }
            },
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match v {
                Value::Int(i) => PercentArg::Float(*i as f64),
                Value::Bool(b) => PercentArg::Float(*b as i64 as f64),
                Value::Float(f) => PercentArg::Float(*f),
                Value::BigInt(b) => {
                    PercentArg::Float(self.int_to_f64(&super::num::Num::Big(b.clone()))?)
                }
                _ => {
                    return Err(
                        self.type_error(format!("must be real number, not {}", self.type_name(v)))
                    )
                }
            },
            // An unknown conversion: the formatter raises CPython's error.
            _ => PercentArg::Str(String::new()),
        })
    }
}

pub struct ReprGuard(&'static Vm);

impl Drop for ReprGuard {
    fn drop(&mut self) {
        self.0.repr_stack.borrow_mut().pop();
    }
}

/// An object's address as reprs print it.
pub fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.ptr().unwrap_or(0))
}
