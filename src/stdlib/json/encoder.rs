//! The JSON encoder: CPython's `json.encoder`, the C encoder's behaviour
//! when there is no indent and `_make_iterencode`'s when there is one
//! (they differ only in the wording of the NaN error).

use std::collections::HashSet;

use crate::interp::{Args, Vm, R};
use crate::runtime::format::float_repr;
use crate::runtime::*;

/// The encoder's settings (JSONEncoder's attributes).
pub struct Options {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The indent text, `None` for a single line.
    pub indent: Option<String>,
    pub item_separator: String,
    pub key_separator: String,
    /// `default`, called for objects that are not JSON types; `None`
    /// raises the TypeError of `JSONEncoder.default`.
    pub default: Option<Value>,
    /// `dumps`/`encode` (CPython's C encoder when there is no indent) rather
    /// than `iterencode`/`dump` (its Python encoder): only the wording of
    /// some errors differs.
    pub one_shot: bool,
}

impl Options {
    pub fn new() -> Options {
        Options {
            skipkeys: false,
            ensure_ascii: true,
            check_circular: true,
            allow_nan: true,
            sort_keys: false,
            indent: None,
            item_separator: ", ".into(),
            key_separator: ": ".into(),
            default: None,
            one_shot: true,
        }
    }
}

/// Where the text goes.
enum Sink {
    /// All of it into `out`.
    Text,
    /// In the pieces CPython's `iterencode` yields.
    Chunks(Vec<String>),
    /// Each piece to `fp.write`, as `json.dump` writes it.
    Write(Value),
}

fn run<'a>(vm: &'static Vm, opts: &'a Options, o: &Value, sink: Sink) -> R<Encoder<'a>> {
    let mut e = Encoder {
        vm,
        opts,
        markers: HashSet::new(),
        out: String::new(),
        sink,
    };
    e.value(o, 0)?;
    e.cut()?;
    Ok(e)
}

/// `o` as JSON text.
pub fn encode(vm: &'static Vm, opts: &Options, o: &Value) -> R<String> {
    Ok(run(vm, opts, o, Sink::Text)?.out)
}

/// `o` as JSON text, in the chunks `JSONEncoder.iterencode` yields.
pub fn iterencode(vm: &'static Vm, opts: &Options, o: &Value) -> R<Vec<String>> {
    match run(vm, opts, o, Sink::Chunks(Vec::new()))?.sink {
        Sink::Chunks(c) => Ok(c),
        _ => Ok(Vec::new()),
    }
}

/// `json.dump`: each chunk to `fp.write` as it is made.
pub fn dump(vm: &'static Vm, opts: &Options, o: &Value, fp: &Value) -> R<()> {
    run(vm, opts, o, Sink::Write(fp.clone())).map(|_| ())
}

/// Does `o` encode as a single token (str, None, bool, int, float)?
fn is_scalar(o: &Value) -> bool {
    match o {
        Value::Str(_)
        | Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_) => true,
        Value::Instance(i) => matches!(
            i.native,
            Some(
                Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
            )
        ),
        _ => false,
    }
}

/// A JSON string literal for `s`.
pub fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && (c as u32) > 0x7e => {
                let n = c as u32;
                if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    let m = n - 0x10000;
                    let hi = 0xd800 | ((m >> 10) & 0x3ff);
                    let lo = 0xdc00 | (m & 0x3ff);
                    out.push_str(&format!("\\u{hi:04x}\\u{lo:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// What kind of JSON value a Python value encodes as.
enum Kind {
    Str(Value),
    Null,
    True,
    False,
    Int(String),
    Float(f64),
    Array(Vec<Value>, Value),
    Object(Value),
    Other,
}

struct Encoder<'a> {
    vm: &'static Vm,
    opts: &'a Options,
    /// Containers being encoded (their addresses): a circular reference.
    markers: HashSet<usize>,
    out: String,
    sink: Sink,
}

impl Encoder<'_> {
    /// Ends a chunk (a `yield` of CPython's encoder).
    fn cut(&mut self) -> R<()> {
        if self.out.is_empty() {
            return Ok(());
        }
        match &mut self.sink {
            Sink::Text => {}
            Sink::Chunks(c) => c.push(std::mem::take(&mut self.out)),
            Sink::Write(fp) => {
                let fp = fp.clone();
                let chunk = Value::str(std::mem::take(&mut self.out));
                self.vm
                    .call_method(&fp, &Name::new("write"), Args::new(vec![chunk]))?;
            }
        }
        Ok(())
    }

    /// The C encoder's wording applies.
    fn c_style(&self) -> bool {
        self.opts.one_shot && self.opts.indent.is_none()
    }

    /// The JSON kind of `o`: subclasses of str, int, float, list, tuple
    /// and dict encode as their base type does.
    fn kind(&self, o: &Value) -> R<Kind> {
        Ok(match o {
            Value::Str(_) => Kind::Str(o.clone()),
            Value::None => Kind::Null,
            Value::Bool(true) => Kind::True,
            Value::Bool(false) => Kind::False,
            Value::Int(i) => Kind::Int(i.to_string()),
            Value::BigInt(b) => Kind::Int(crate::runtime::format::int_to_decimal(b)?),
            Value::Float(f) => Kind::Float(*f),
            Value::List(l) => Kind::Array(l.borrow().clone(), o.clone()),
            Value::Tuple(t) => Kind::Array(t.to_vec(), o.clone()),
            Value::Dict(_) => Kind::Object(o.clone()),
            Value::Instance(i) => match &i.native {
                Some(n @ Value::Str(_)) => Kind::Str(n.clone()),
                Some(Value::Int(i)) => Kind::Int(i.to_string()),
                Some(Value::Bool(b)) => Kind::Int((*b as i64).to_string()),
                Some(Value::BigInt(b)) => Kind::Int(crate::runtime::format::int_to_decimal(b)?),
                Some(Value::Float(f)) => Kind::Float(*f),
                Some(Value::List(l)) => Kind::Array(l.borrow().clone(), o.clone()),
                Some(Value::Tuple(t)) => Kind::Array(t.to_vec(), o.clone()),
                Some(Value::Dict(_)) => Kind::Object(o.clone()),
                _ => Kind::Other,
            },
            _ => Kind::Other,
        })
    }

    fn float(&mut self, f: f64) -> R<String> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(float_repr(f));
        };
        if !self.opts.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(if self.c_style() {
                self.vm.value_error(msg)
            } else {
                self.vm
                    .value_error(format!("{msg}: {}", self.vm.repr(&Value::Float(f))?))
            });
        }
        Ok(text.into())
    }

    fn string(&mut self, s: &Value) {
        if let Value::Str(s) = s {
            encode_str(&s.text, self.opts.ensure_ascii, &mut self.out);
        }
    }

    fn enter(&mut self, o: &Value) -> R<Option<usize>> {
        if !self.opts.check_circular {
            return Ok(None);
        }
        let Some(id) = o.ptr() else { return Ok(None) };
        if !self.markers.insert(id) {
            return Err(self.vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            self.markers.remove(&id);
        }
    }

    fn value(&mut self, o: &Value, level: usize) -> R<()> {
        match self.kind(o)? {
            Kind::Str(s) => self.string(&s),
            Kind::Null => self.out.push_str("null"),
            Kind::True => self.out.push_str("true"),
            Kind::False => self.out.push_str("false"),
            Kind::Int(text) => self.out.push_str(&text),
            Kind::Float(f) => {
                let text = self.float(f)?;
                self.out.push_str(&text);
            }
            Kind::Array(items, whole) => self.guarded(|e| e.array(&items, &whole, level))?,
            Kind::Object(d) => self.guarded(|e| e.object(&d, level))?,
            Kind::Other => {
                let id = self.enter(o)?;
                let replaced = match &self.opts.default {
                    Some(f) => self.vm.call(f, Args::new(vec![o.clone()]))?,
                    None => {
                        return Err(self.vm.type_error(format!(
                            "Object of type {} is not JSON serializable",
                            self.vm.type_name(o)
                        )))
                    }
                };
                self.guarded(|e| e.value(&replaced, level))?;
                self.leave(id);
            }
        }
        if is_scalar(o) {
            self.cut()?;
        }
        Ok(())
    }

    /// Runs a nested encoding under the interpreter's recursion limit.
    fn guarded(&mut self, f: impl FnOnce(&mut Self) -> R<()>) -> R<()> {
        self.vm.enter().map_err(|_| {
            let msg = if self.c_style() {
                "maximum recursion depth exceeded while encoding a JSON object"
            } else {
                "maximum recursion depth exceeded while calling a Python object"
            };
            self.vm.new_exc(&self.vm.t.recursion_error, msg)
        })?;
        let r = f(self);
        self.vm.leave();
        r
    }

    fn newline(&mut self, level: usize) {
        self.out.push('\n');
        if let Some(indent) = &self.opts.indent {
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn array(&mut self, items: &[Value], whole: &Value, level: usize) -> R<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return self.cut();
        }
        let id = self.enter(whole)?;
        self.out.push('[');
        let indented = self.opts.indent.is_some();
        let level = if indented { level + 1 } else { level };
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.out.push_str(&self.opts.item_separator);
            }
            if indented {
                self.newline(level);
            }
            if !is_scalar(item) {
                self.cut()?;
            }
            self.value(item, level)?;
        }
        if indented {
            self.newline(level - 1);
            self.cut()?;
        }
        self.out.push(']');
        self.cut()?;
        self.leave(id);
        Ok(())
    }

    /// The (key, value) pairs of a dict, or of a dict subclass's `items()`.
    fn items(&self, d: &Value) -> R<Vec<(Value, Value)>> {
        let vm = self.vm;
        if let Value::Dict(d) = d {
            return Ok(d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect());
        }
        let items = vm.call_method(d, &Name::new("items"), Args::default())?;
        let mut out = Vec::new();
        for pair in vm.to_vec(&items)? {
            let kv = vm.to_vec(&pair)?;
            match <[Value; 2]>::try_from(kv) {
                Ok([k, v]) => out.push((k, v)),
                Err(kv) => {
                    return Err(vm.value_error(format!(
                        "too many values to unpack (expected 2, got {})",
                        kv.len()
                    )))
                }
            }
        }
        Ok(out)
    }

    fn is_empty(&self, d: &Value) -> bool {
        match d {
            Value::Dict(d) => d.borrow().is_empty(),
            Value::Instance(i) => match &i.native {
                Some(Value::Dict(d)) => d.borrow().is_empty(),
                _ => false,
            },
            _ => false,
        }
    }

    /// The text of a key, or `None` for a key `skipkeys` leaves out.
    fn key(&mut self, k: &Value) -> R<Option<Value>> {
        Ok(Some(match self.kind(k)? {
            Kind::Str(s) => s,
            Kind::Float(f) => Value::str(self.float(f)?),
            Kind::True => Value::str("true"),
            Kind::False => Value::str("false"),
            Kind::Null => Value::str("null"),
            Kind::Int(text) => Value::str(text),
            _ if self.opts.skipkeys => return Ok(None),
            _ => {
                return Err(self.vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    self.vm.type_name(k)
                )))
            }
        }))
    }

    fn object(&mut self, d: &Value, level: usize) -> R<()> {
        if self.is_empty(d) {
            self.out.push_str("{}");
            return self.cut();
        }
        let id = self.enter(d)?;
        self.out.push('{');
        self.cut()?;
        let indented = self.opts.indent.is_some();
        let level = if indented { level + 1 } else { level };
        if indented {
            self.newline(level);
            self.cut()?;
        }
        let mut items = self.items(d)?;
        if self.opts.sort_keys {
            items = self.sorted(items)?;
        }
        let mut first = true;
        for (k, v) in items {
            let Some(key) = self.key(&k)? else { continue };
            if first {
                first = false;
            } else {
                self.out.push_str(&self.opts.item_separator);
                if indented {
                    self.newline(level);
                }
                self.cut()?;
            }
            self.string(&key);
            self.cut()?;
            self.out.push_str(&self.opts.key_separator);
            self.cut()?;
            self.value(&v, level)?;
        }
        if indented {
            self.newline(level - 1);
            self.cut()?;
        }
        self.out.push('}');
        self.cut()?;
        self.leave(id);
        Ok(())
    }

    /// `sorted(dct.items())`, by the builtin `sorted`.
    fn sorted(&self, items: Vec<(Value, Value)>) -> R<Vec<(Value, Value)>> {
        let vm = self.vm;
        let pairs = items
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect();
        let sorted = vm
            .builtins
            .dict
            .get(&Name::new("sorted"))
            .ok_or_else(|| vm.runtime_error("sorted() is missing"))?;
        let out = vm.call(&sorted, Args::new(vec![Value::list(pairs)]))?;
        let mut items = Vec::new();
        for pair in vm.to_vec(&out)? {
            if let Value::Tuple(t) = pair {
                if let [k, v] = &t[..] {
                    items.push((k.clone(), v.clone()));
                }
            }
        }
        Ok(items)
    }
}
