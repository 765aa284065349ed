//! The `json` module: `dumps`/`dump`, `loads`/`load`, `JSONDecodeError`,
//! and the `JSONEncoder`/`JSONDecoder` classes (subclassable: `cls=`).
//! The text produced and the errors raised are CPython's
//! (encoder.rs, decoder.rs).

mod decoder;
mod encoder;

use std::cell::RefCell;
use std::rc::Rc;

use super::{add_fns, kwarg, new_module, stdlib_class};
use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;

thread_local! {
    /// JSONDecodeError, JSONEncoder and JSONDecoder of this thread's
    /// interpreter.
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
}

#[derive(Clone)]
struct Classes {
    decode_error: Rc<Class>,
}

fn classes(vm: &Vm) -> R<Classes> {
    CLASSES
        .with(|c| c.borrow().clone())
        .ok_or_else(|| vm.runtime_error("the json module is not initialised"))
}

/// A builtin that the interpreter runs as `__init__` (as it does list's).
fn init_method(func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: "__init__",
        func,
        unwraps_self: true,
        module: None,
    }))
}

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("json");
    let mut attrs = Attrs::default();
    attrs.insert(vm.n.module.clone(), Value::str("json.decoder"));
    attrs.insert(Name::new("__init__"), init_method(decode_error_init));
    let decode_error = match crate::interp::types::new_class(
        vm,
        Name::new("JSONDecodeError"),
        vec![vm.t.value_error.clone()],
        attrs,
    ) {
        Ok(c) => c,
        Err(_) => vm.t.value_error.clone(),
    };
    let encoder = stdlib_class(
        vm,
        "JSONEncoder",
        "json.encoder",
        &[
            ("default", encoder_default),
            ("encode", encoder_encode),
            ("iterencode", encoder_iterencode),
        ],
    );
    {
        let mut d = encoder.dict.borrow_mut();
        d.insert(Name::new("__init__"), init_method(encoder_init));
        d.insert(Name::new("item_separator"), Value::str(", "));
        d.insert(Name::new("key_separator"), Value::str(": "));
    }
    let decoder = stdlib_class(
        vm,
        "JSONDecoder",
        "json.decoder",
        &[
            ("decode", decoder_decode),
            ("raw_decode", decoder_raw_decode),
        ],
    );
    decoder
        .dict
        .borrow_mut()
        .insert(Name::new("__init__"), init_method(decoder_init));
    CLASSES.with(|c| {
        *c.borrow_mut() = Some(Classes {
            decode_error: decode_error.clone(),
        })
    });
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("dumps", dumps),
                ("dump", dump),
                ("loads", loads),
                ("load", load),
            ],
        );
        // The submodules `json.decoder` and `json.encoder`, with their classes.
        let sub_decoder = new_module("json.decoder");
        {
            let mut sd = sub_decoder.dict.borrow_mut();
            sd.insert(
                Name::new("JSONDecodeError"),
                Value::Class(decode_error.clone()),
            );
            sd.insert(Name::new("JSONDecoder"), Value::Class(decoder.clone()));
        }
        let sub_encoder = new_module("json.encoder");
        sub_encoder
            .dict
            .borrow_mut()
            .insert(Name::new("JSONEncoder"), Value::Class(encoder.clone()));
        for (name, sub) in [("decoder", sub_decoder), ("encoder", sub_encoder)] {
            let sub = Value::Module(sub);
            vm.modules
                .borrow_mut()
                .set_str(&format!("json.{name}"), sub.clone());
            d.insert(Name::new(name), sub);
        }
        d.insert(Name::new("JSONDecodeError"), Value::Class(decode_error));
        d.insert(Name::new("JSONEncoder"), Value::Class(encoder));
        d.insert(Name::new("JSONDecoder"), Value::Class(decoder));
        d.insert(
            Name::new("__all__"),
            Value::list(
                [
                    "dump",
                    "dumps",
                    "load",
                    "loads",
                    "JSONDecoder",
                    "JSONDecodeError",
                    "JSONEncoder",
                ]
                .iter()
                .map(|s| Value::str(*s))
                .collect(),
            ),
        );
    }
    Value::Module(m)
}

// ---- errors ------------------------------------------------------------------

/// (lineno, colno) of code-point position `pos` in `doc`.
fn line_col(doc: &str, pos: usize) -> (usize, usize) {
    let mut line = 1;
    let mut last_nl: Option<usize> = None;
    for (i, c) in doc.chars().take(pos).enumerate() {
        if c == '\n' {
            line += 1;
            last_nl = Some(i);
        }
    }
    let col = match last_nl {
        Some(n) => pos - n,
        None => pos + 1,
    };
    (line, col)
}

/// `JSONDecodeError(msg, doc, pos)`: fills in the instance's attributes
/// and its message.
fn fill_decode_error(inst: &Instance, msg: &str, doc: Value, pos: usize) {
    let text = doc.as_str().unwrap_or("");
    let (line, col) = line_col(text, pos);
    let errmsg = format!("{msg}: line {line} column {col} (char {pos})");
    if let Some(e) = &inst.exc {
        e.borrow_mut().args = vec![Value::str(errmsg)];
    }
    let mut d = inst.dict.borrow_mut();
    d.insert(Name::new("msg"), Value::str(msg));
    d.insert(Name::new("doc"), doc);
    d.insert(Name::new("pos"), Value::Int(pos as i64));
    d.insert(Name::new("lineno"), Value::Int(line as i64));
    d.insert(Name::new("colno"), Value::Int(col as i64));
}

fn decode_error(vm: &Vm, msg: &str, doc: &Value, pos: usize) -> Exc {
    let class = match classes(vm) {
        Ok(c) => c.decode_error,
        Err(e) => return e,
    };
    let e = vm.exc_with_args(&class, Vec::new());
    fill_decode_error(&e.0, msg, doc.clone(), pos);
    e
}

fn decode_error_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let mut args: Vec<Option<Value>> = a.iter().skip(1).cloned().map(Some).collect();
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "JSONDecodeError.__init__() takes 4 positional arguments but {} were given",
            a.len()
        )));
    }
    args.resize(3, None);
    let names = ["msg", "doc", "pos"];
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if args[i].is_none() => args[i] = Some(v.clone()),
            Some(_) => {
                return Err(vm.type_error(format!(
                    "JSONDecodeError.__init__() got multiple values for argument '{k}'"
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "JSONDecodeError.__init__() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let missing: Vec<String> = names
        .iter()
        .zip(&args)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, {} and {}", missing[0], missing[1], missing[2]),
        };
        return Err(vm.type_error(format!(
            "JSONDecodeError.__init__() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    let [Some(msg), Some(doc), Some(pos)] =
        <[Option<Value>; 3]>::try_from(args).unwrap_or([None, None, None])
    else {
        return Ok(Value::None);
    };
    let pos = super::int_arg(vm, &pos)?.max(0) as usize;
    let msg = vm.str_of(&msg)?;
    if let Some(Value::Instance(inst)) = a.first() {
        fill_decode_error(inst, &msg, doc, pos);
    }
    Ok(Value::None)
}

// ---- encoding ------------------------------------------------------------------

const ENCODER_KW: [&str; 8] = [
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "sort_keys",
    "indent",
    "separators",
    "default",
];

/// The indent text of `indent=`: a str, or that many spaces.
fn indent_text(vm: &'static Vm, v: &Value) -> R<Option<String>> {
    Ok(match v {
        Value::None => None,
        Value::Str(s) => Some(s.text.to_string()),
        other => match vm.index_of(other)? {
            Some(n) => Some(" ".repeat(n.clamp(0, 1 << 20) as usize)),
            None => {
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.type_name(other)
                )))
            }
        },
    })
}

fn separators(vm: &'static Vm, v: &Value) -> R<(Value, Value)> {
    let parts = vm.to_vec(v)?;
    match <[Value; 2]>::try_from(parts) {
        Ok([a, b]) => Ok((a, b)),
        Err(p) if p.len() > 2 => Err(vm.value_error("too many values to unpack (expected 2)")),
        Err(p) => Err(vm.value_error(format!(
            "not enough values to unpack (expected 2, got {})",
            p.len()
        ))),
    }
}

fn text_of(vm: &'static Vm, v: &Value) -> R<String> {
    match v {
        Value::Str(s) => Ok(s.text.to_string()),
        Value::Instance(i) => match &i.native {
            Some(Value::Str(s)) => Ok(s.text.to_string()),
            _ => vm.str_of(v),
        },
        other => Err(vm.type_error(format!(
            "sequence item 0: expected str instance, {} found",
            vm.type_name(other)
        ))),
    }
}

/// Encoder options from keyword arguments, as JSONEncoder.__init__ takes them.
fn encoder_options(vm: &'static Vm, kw: &[(Name, Value)]) -> R<encoder::Options> {
    let mut o = encoder::Options::new();
    let flag = |name: &str, default: bool| -> R<bool> {
        match kwarg(kw, name) {
            Some(v) => vm.truthy(v),
            None => Ok(default),
        }
    };
    o.skipkeys = flag("skipkeys", false)?;
    o.ensure_ascii = flag("ensure_ascii", true)?;
    o.check_circular = flag("check_circular", true)?;
    o.allow_nan = flag("allow_nan", true)?;
    o.sort_keys = flag("sort_keys", false)?;
    let indent = kwarg(kw, "indent").cloned().unwrap_or(Value::None);
    o.indent = indent_text(vm, &indent)?;
    match kwarg(kw, "separators") {
        Some(s) if !s.is_none() => {
            let (item, key) = separators(vm, s)?;
            o.item_separator = text_of(vm, &item)?;
            o.key_separator = text_of(vm, &key)?;
        }
        _ => {
            if o.indent.is_some() {
                o.item_separator = ",".into();
            }
        }
    }
    o.default = kwarg(kw, "default").filter(|d| !d.is_none()).cloned();
    Ok(o)
}

fn unexpected_kw(vm: &Vm, class: &str, kw: &[(Name, Value)], allowed: &[&str]) -> R<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "{class}.__init__() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

fn positional(vm: &Vm, fname: &str, a: &[Value], names: &[&str]) -> R<()> {
    let n = names.len();
    if a.len() > n {
        return Err(vm.type_error(format!(
            "{fname}() takes {n} positional argument{} but {} were given",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    if a.len() < n {
        let missing: Vec<String> = names[a.len()..].iter().map(|s| format!("'{s}'")).collect();
        let list = match missing.len() {
            1 => missing[0].clone(),
            _ => format!(
                "{} and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        return Err(vm.type_error(format!(
            "{fname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// `json.dumps`' work: with `cls`, `cls(**kw).encode(obj)`.
fn dumps_value(vm: &'static Vm, obj: &Value, kw: &[(Name, Value)]) -> R<Value> {
    let cls = kwarg(kw, "cls").filter(|c| !c.is_none()).cloned();
    let rest: Vec<(Name, Value)> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != "cls")
        .cloned()
        .collect();
    match cls {
        None => {
            unexpected_kw(vm, "JSONEncoder", &rest, &ENCODER_KW)?;
            let opts = encoder_options(vm, &rest)?;
            Ok(Value::str(encoder::encode(vm, &opts, obj)?))
        }
        Some(cls) => {
            let args = Args {
                kw: rest,
                ..Args::default()
            };
            let enc = vm.call(&cls, args)?;
            vm.call_method(&enc, &Name::new("encode"), Args::new(vec![obj.clone()]))
        }
    }
}

fn dumps(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    positional(vm, "dumps", a, &["obj"])?;
    dumps_value(vm, &a[0], kw)
}

fn dump(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    positional(vm, "dump", a, &["obj", "fp"])?;
    let (obj, fp) = (&a[0], &a[1]);
    let cls = kwarg(kw, "cls").filter(|c| !c.is_none()).cloned();
    let rest: Vec<(Name, Value)> = kw
        .iter()
        .filter(|(k, _)| k.as_str() != "cls")
        .cloned()
        .collect();
    match cls {
        None => {
            unexpected_kw(vm, "JSONEncoder", &rest, &ENCODER_KW)?;
            let mut opts = encoder_options(vm, &rest)?;
            opts.one_shot = false;
            encoder::dump(vm, &opts, obj, fp)?;
        }
        Some(cls) => {
            let args = Args {
                kw: rest,
                ..Args::default()
            };
            let enc = vm.call(&cls, args)?;
            let chunks =
                vm.call_method(&enc, &Name::new("iterencode"), Args::new(vec![obj.clone()]))?;
            let it = vm.iter(&chunks)?;
            let write = Name::new("write");
            while let Some(chunk) = vm.next(&it)? {
                vm.call_method(fp, &write, Args::new(vec![chunk]))?;
            }
        }
    }
    Ok(Value::None)
}

fn this<'a>(vm: &Vm, a: &'a [Value], method: &str) -> R<&'a Value> {
    a.first().ok_or_else(|| {
        vm.type_error(format!(
            "{method}() missing 1 required positional argument: 'self'"
        ))
    })
}

fn encoder_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let me = this(vm, a, "JSONEncoder.__init__")?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "JSONEncoder.__init__() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    unexpected_kw(vm, "JSONEncoder", kw, &ENCODER_KW)?;
    let get = |name: &str, default: Value| kwarg(kw, name).cloned().unwrap_or(default);
    let set = |name: &str, v: Value| vm.setattr(me, &Name::new(name), v);
    set("skipkeys", get("skipkeys", Value::Bool(false)))?;
    set("ensure_ascii", get("ensure_ascii", Value::Bool(true)))?;
    set("check_circular", get("check_circular", Value::Bool(true)))?;
    set("allow_nan", get("allow_nan", Value::Bool(true)))?;
    set("sort_keys", get("sort_keys", Value::Bool(false)))?;
    let indent = get("indent", Value::None);
    let has_indent = !indent.is_none();
    set("indent", indent)?;
    match kwarg(kw, "separators") {
        Some(s) if !s.is_none() => {
            let (item, key) = separators(vm, s)?;
            set("item_separator", item)?;
            set("key_separator", key)?;
        }
        _ => {
            if has_indent {
                set("item_separator", Value::str(","))?;
            }
        }
    }
    if let Some(d) = kwarg(kw, "default").filter(|d| !d.is_none()) {
        set("default", d.clone())?;
    }
    Ok(Value::None)
}

fn encoder_default(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "JSONEncoder.default() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    Err(vm.type_error(format!(
        "Object of type {} is not JSON serializable",
        vm.type_name(&a[1])
    )))
}

/// The options an encoder instance holds in its attributes.
fn instance_options(vm: &'static Vm, me: &Value) -> R<encoder::Options> {
    let attr = |name: &str| vm.getattr(me, &Name::new(name));
    let flag = |name: &str| -> R<bool> { vm.truthy(&attr(name)?) };
    let mut o = encoder::Options::new();
    o.skipkeys = flag("skipkeys")?;
    o.ensure_ascii = flag("ensure_ascii")?;
    o.check_circular = flag("check_circular")?;
    o.allow_nan = flag("allow_nan")?;
    o.sort_keys = flag("sort_keys")?;
    o.indent = indent_text(vm, &attr("indent")?)?;
    o.item_separator = text_of(vm, &attr("item_separator")?)?;
    o.key_separator = text_of(vm, &attr("key_separator")?)?;
    o.default = Some(attr("default")?);
    Ok(o)
}

fn encoder_encode(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    positional(vm, "JSONEncoder.encode", a, &["self", "o"])?;
    let opts = instance_options(vm, &a[0])?;
    Ok(Value::str(encoder::encode(vm, &opts, &a[1])?))
}

fn encoder_iterencode(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    super::only_kwargs(vm, "iterencode", kw, &["_one_shot"])?;
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error("JSONEncoder.iterencode() takes 2 or 3 positional arguments"));
    }
    let mut opts = instance_options(vm, &a[0])?;
    opts.one_shot = match a.get(2).or_else(|| kwarg(kw, "_one_shot")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // With `_one_shot` and no indent, CPython's C encoder makes one chunk.
    let chunks = if opts.one_shot && opts.indent.is_none() {
        vec![encoder::encode(vm, &opts, &a[1])?]
    } else {
        encoder::iterencode(vm, &opts, &a[1])?
    };
    vm.iter(&Value::list(chunks.into_iter().map(Value::str).collect()))
}

// ---- decoding ------------------------------------------------------------------

const DECODER_KW: [&str; 6] = [
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "strict",
    "object_pairs_hook",
];

/// The text of a document: a str, or bytes in a UTF encoding.
fn document(vm: &'static Vm, s: &Value) -> R<Value> {
    match s {
        Value::Str(t) => {
            if t.text.starts_with('\u{feff}') {
                return Err(decode_error(
                    vm,
                    "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                    s,
                    0,
                ));
            }
            Ok(s.clone())
        }
        Value::Instance(i) if matches!(i.native, Some(Value::Str(_))) => {
            document(vm, i.native.as_ref().unwrap_or(&Value::None))
        }
        other => match super::types::bytes::bytes_like(other) {
            Some(b) => {
                let enc = detect_encoding(&b);
                let text = super::types::codecs::decode(vm, &b, enc, "surrogatepass")?;
                Ok(Value::str(text))
            }
            None => Err(vm.type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                vm.type_name(other)
            ))),
        },
    }
}

fn detect_encoding(b: &[u8]) -> &'static str {
    if b.starts_with(&[0, 0, 0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe, 0, 0]) {
        return "utf-32";
    }
    if b.starts_with(&[0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe]) {
        return "utf-16";
    }
    if b.starts_with(&[0xef, 0xbb, 0xbf]) {
        return "utf-8-sig";
    }
    match b {
        [0, b1, ..] if b.len() >= 4 => {
            if *b1 != 0 {
                "utf-16-be"
            } else {
                "utf-32-be"
            }
        }
        [_, 0, b2, b3, ..] => {
            if *b2 != 0 || *b3 != 0 {
                "utf-16-le"
            } else {
                "utf-32-le"
            }
        }
        [0, _] => "utf-16-be",
        [_, 0] => "utf-16-le",
        _ => "utf-8",
    }
}

fn decoder_options(vm: &'static Vm, kw: &[(Name, Value)]) -> R<decoder::Options> {
    let hook = |name: &str| kwarg(kw, name).filter(|v| !v.is_none()).cloned();
    Ok(decoder::Options {
        object_hook: hook("object_hook"),
        object_pairs_hook: hook("object_pairs_hook"),
        parse_float: hook("parse_float"),
        parse_int: hook("parse_int"),
        parse_constant: hook("parse_constant"),
        strict: match kwarg(kw, "strict") {
            Some(v) => vm.truthy(v)?,
            None => true,
        },
    })
}

/// A decoding error as the Python exception it becomes.
fn raise(vm: &'static Vm, doc: &Value, text: &str, e: decoder::Error) -> Exc {
    match e {
        decoder::Error::Py(e) => e,
        decoder::Error::Json(msg, byte) => {
            let pos = text
                .get(..byte.min(text.len()))
                .map_or(byte, |t| t.chars().count());
            decode_error(vm, msg, doc, pos)
        }
    }
}

/// `JSONDecoder.decode`: one value, with only whitespace around it.
fn decode_text(vm: &'static Vm, opts: &decoder::Options, doc: &Value) -> R<Value> {
    let text = doc.as_str().unwrap_or("");
    let mut d = decoder::Decoder::new(vm, opts, text);
    let start = d.skip_ws(0);
    let (v, end) = d.value(start).map_err(|e| raise(vm, doc, text, e))?;
    let end = d.skip_ws(end);
    if end != text.len() {
        return Err(raise(
            vm,
            doc,
            text,
            decoder::Error::Json("Extra data", end),
        ));
    }
    Ok(v)
}

fn loads_value(vm: &'static Vm, s: &Value, kw: &[(Name, Value)]) -> R<Value> {
    let doc = document(vm, s)?;
    let cls = kwarg(kw, "cls").filter(|c| !c.is_none()).cloned();
    let rest: Vec<(Name, Value)> = kw
        .iter()
        .filter(|(k, v)| k.as_str() != "cls" && !v.is_none())
        .cloned()
        .collect();
    match cls {
        None => {
            unexpected_kw(vm, "JSONDecoder", &rest, &DECODER_KW)?;
            let opts = decoder_options(vm, &rest)?;
            decode_text(vm, &opts, &doc)
        }
        Some(cls) => {
            let args = Args {
                kw: rest,
                ..Args::default()
            };
            let dec = vm.call(&cls, args)?;
            vm.call_method(&dec, &Name::new("decode"), Args::new(vec![doc]))
        }
    }
}

fn loads(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    positional(vm, "loads", a, &["s"])?;
    loads_value(vm, &a[0], kw)
}

fn load(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    positional(vm, "load", a, &["fp"])?;
    let text = vm.call_method(&a[0], &Name::new("read"), Args::default())?;
    loads_value(vm, &text, kw)
}

fn decoder_init(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let me = this(vm, a, "JSONDecoder.__init__")?;
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "JSONDecoder.__init__() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    unexpected_kw(vm, "JSONDecoder", kw, &DECODER_KW)?;
    for name in DECODER_KW {
        let default = if name == "strict" {
            Value::Bool(true)
        } else {
            Value::None
        };
        let v = kwarg(kw, name).cloned().unwrap_or(default);
        vm.setattr(me, &Name::new(name), v)?;
    }
    Ok(Value::None)
}

fn decoder_instance_options(vm: &'static Vm, me: &Value) -> R<decoder::Options> {
    let mut kw = Vec::new();
    for name in DECODER_KW {
        let n = Name::new(name);
        if vm.hasattr(me, &n)? {
            kw.push((n.clone(), vm.getattr(me, &n)?));
        }
    }
    decoder_options(vm, &kw)
}

fn decoder_decode(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    positional(vm, "JSONDecoder.decode", a, &["self", "s"])?;
    let opts = decoder_instance_options(vm, &a[0])?;
    let doc = document(vm, &a[1])?;
    decode_text(vm, &opts, &doc)
}

fn decoder_raw_decode(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error("JSONDecoder.raw_decode() takes 2 or 3 positional arguments"));
    }
    let opts = decoder_instance_options(vm, &a[0])?;
    let doc = &a[1];
    let Value::Str(s) = doc else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(doc)
        )));
    };
    let idx = match a.get(2).or_else(|| kwarg(kw, "idx")) {
        Some(v) => super::int_arg(vm, v)?,
        None => 0,
    };
    let text = &s.text;
    let start = if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    } else {
        s.byte_offset((idx as usize).min(s.chars))
    };
    let mut d = decoder::Decoder::new(vm, &opts, text);
    let (v, end) = d.value(start).map_err(|e| raise(vm, doc, text, e))?;
    let end_chars = s.char_index(end.min(text.len()));
    Ok(Value::tuple(vec![v, Value::Int(end_chars as i64)]))
}
