//! The builtins module's functions: print, len, sorted, min, max, ...
//! (the built-in types themselves are classes, constructed in construct.rs).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use super::{add_fns, arity, int_arg, kwarg, no_kwargs, only_kwargs};
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;

pub fn install(vm: &'static Vm) {
    let mut b = vm.builtins.dict.borrow_mut();
    add_fns(
        &mut b,
        &[
            ("print", print),
            ("input", input),
            ("len", len),
            ("repr", repr),
            ("ascii", ascii),
            ("abs", abs),
            ("min", min),
            ("max", max),
            ("sum", sum),
            ("sorted", sorted),
            ("iter", iter),
            ("next", next),
            ("aiter", aiter),
            ("anext", anext),
            ("isinstance", isinstance),
            ("issubclass", issubclass),
            ("hasattr", hasattr),
            ("getattr", getattr),
            ("setattr", setattr),
            ("delattr", delattr),
            ("callable", callable),
            ("chr", chr),
            ("ord", ord),
            ("hex", hex),
            ("oct", oct),
            ("bin", bin),
            ("format", format),
            ("vars", vars),
            ("dir", dir),
            ("id", id),
            ("hash", hash),
            ("any", any),
            ("all", all),
            ("round", round),
            ("divmod", divmod),
            ("pow", pow),
            ("open", super::file::open),
            ("globals", globals),
            ("exec", super::exec::exec),
            ("eval", super::exec::eval),
            ("__import__", super::exec::dunder_import),
        ],
    );
}

fn print(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let text_arg = |name: &str, default: &str| -> R<String> {
        match kwarg(kw, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.text.to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{name} must be None or a string, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => replaced_stdout(vm),
        Some(file) => Some(file.clone()),
    };
    match &file {
        // A file object of the program's own: one write() per argument,
        // separator and end, as CPython's print makes them.
        Some(file) if !matches!(file, Value::File(_)) => {
            let write = vm.getattr(file, &Name::new("write"))?;
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    vm.call(&write, Args::new(vec![Value::str(sep.as_str())]))?;
                }
                let text = match a {
                    Value::Str(_) => a.clone(),
                    other => Value::str(vm.str_of(other)?),
                };
                vm.call(&write, Args::new(vec![text]))?;
            }
            vm.call(&write, Args::new(vec![Value::str(end.as_str())]))?;
            if kwarg(kw, "flush").is_some_and(|f| vm.truthy(f).unwrap_or(false)) {
                let flush = vm.getattr(file, &Name::new("flush"))?;
                vm.call(&flush, Args::default())?;
            }
            return Ok(Value::None);
        }
        _ => {}
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(&s.text),
            other => out.push_str(&vm.str_of(other)?),
        }
    }
    out.push_str(&end);
    match file {
        None => vm.print(&out),
        Some(file) => {
            let write = vm.getattr(&file, &Name::new("write"))?;
            vm.call(&write, Args::new(vec![Value::str(out)]))?;
        }
    }
    if kwarg(kw, "flush").is_some_and(|f| matches!(f, Value::Bool(true))) {
        vm.flush();
    }
    Ok(Value::None)
}

/// `sys.stdout` when a program has replaced it (contextlib.redirect_stdout,
/// or by assignment); None while it is the real standard output.
fn replaced_stdout(vm: &'static Vm) -> Option<Value> {
    let sys = vm.modules.borrow().get_str("sys").cloned()?;
    let Value::Module(m) = sys else { return None };
    let out = m.dict.get(&Name::new("stdout"))?;
    match &out {
        Value::File(f) if matches!(*f.state.borrow(), FileState::Stdout) => None,
        _ => Some(out),
    }
}

fn input(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let text = vm.str_of(p)?;
        vm.print(&text);
    }
    vm.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(vm.new_exc(&vm.t.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::str(line))
        }
    }
}

fn len(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kwargs(vm, "len", kw)?;
    arity(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn repr(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "repr", args, 1, 1)?;
    Ok(Value::str(vm.repr(&args[0])?))
}

fn ascii(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "ascii", args, 1, 1)?;
    Ok(Value::str(vm.ascii(&args[0])?))
}

fn abs(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => {
            let r = c.0.hypot(c.1);
            if r.is_infinite() && c.0.is_finite() && c.1.is_finite() {
                return Err(vm.overflow("absolute value too large"));
            }
            Value::Float(r)
        }
        v @ Value::Instance(i) => match i.class.lookup(&vm.n.abs) {
            Some(m) => vm.call_bound(&m, v, Args::default())?,
            None => return Err(bad_operand(vm, "abs()", v)),
        },
        other => return Err(bad_operand(vm, "abs()", other)),
    })
}

fn bad_operand(vm: &Vm, what: &str, v: &Value) -> crate::interp::Exc {
    vm.type_error(format!(
        "bad operand type for {what}: '{}'",
        vm.type_name(v)
    ))
}

/// min() and max(): one iterable or several arguments; key, default.
fn extreme(
    vm: &'static Vm,
    name: &str,
    args: &[Value],
    kw: &[(Name, Value)],
    want_max: bool,
) -> R<Value> {
    only_kwargs(vm, name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kw, "default").cloned();
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.to_vec(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let better = if want_max {
                    vm.less_than(&bk, &k)?
                } else {
                    vm.less_than(&k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    extreme(vm, "min", args, kw, false)
}

fn max(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    extreme(vm, "max", args, kw, true)
}

fn sum(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(vm, "sum", kw, &["start"])?;
    arity(vm, "sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary(BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

/// A stable merge sort whose comparisons may fail (or be inconsistent):
/// Python's `sorted` semantics without trusting the order to be total.
pub fn sort_values(
    vm: &'static Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> R<Vec<Value>> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in items {
        let k = match key {
            Some(f) if !f.is_none() => vm.call(f, Args::new(vec![item.clone()]))?,
            _ => item.clone(),
        };
        pairs.push((k, item));
    }
    if reverse {
        pairs.reverse();
    }
    let sorted = merge_sort(vm, pairs)?;
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn merge_sort(vm: &'static Vm, mut v: Vec<(Value, Value)>) -> R<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    // Short runs: insertion sort.
    if v.len() <= 8 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && vm.less_than(&v[j].0, &v[j - 1].0)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(v);
    }
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(vm, v)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if vm.less_than(&b.0, &a.0)? {
                    out.extend(r.next());
                } else {
                    out.extend(l.next());
                }
            }
            (Some(_), None) => out.extend(l.by_ref()),
            (None, Some(_)) => out.extend(r.by_ref()),
            (None, None) => break,
        }
    }
    Ok(out)
}

fn sorted(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = vm.to_vec(&args[0])?;
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    Ok(Value::list(sort_values(
        vm,
        items,
        kwarg(kw, "key"),
        reverse,
    )?))
}

fn iter(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(Value::Iter(Rc::new(std::cell::RefCell::new(
            NativeIter::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
            },
        ))));
    }
    vm.iter(&args[0])
}

fn aiter(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kwargs(vm, "aiter", kw)?;
    arity(vm, "aiter", args, 1, 1)?;
    if vm.type_of(&args[0]).lookup(&vm.n.aiter).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&args[0])
        )));
    }
    vm.aiter(&args[0], "")
}

fn anext(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    no_kwargs(vm, "anext", kw)?;
    arity(vm, "anext", args, 1, 2)?;
    vm.anext(&args[0], args.get(1))
}

fn next(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let is_iterator = match it {
        Value::Iter(_) | Value::Generator(_) | Value::File(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.n.next).is_some(),
        _ => false,
    };
    if !is_iterator {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let (Value::Generator(g), None) = (it, args.get(1)) {
        // StopIteration keeps the generator's return value.
        return match vm.resume(g, crate::interp::Resume::Send(Value::None))? {
            crate::interp::Step::Yielded(v) => Ok(v),
            crate::interp::Step::Returned(v) => Err(vm.stop_iteration(v)),
        };
    }
    if let Value::Instance(i) = it {
        if args.len() == 1 {
            let m = i.class.lookup(&vm.n.next).unwrap_or(Value::None);
            return vm.call_bound(&m, it, Args::default());
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

/// isinstance's class check, with tuples of classes.
pub fn is_instance(vm: &'static Vm, v: &Value, cls: &Value) -> R<bool> {
    match cls {
        Value::Class(c) => {
            let t = vm.type_of(v);
            // An exact match needs no check; otherwise a metaclass's own
            // __instancecheck__ decides (typing's protocols, ABCs).
            if Rc::ptr_eq(&t, c) {
                return Ok(true);
            }
            if let Some(m) = meta_check(vm, c, "__instancecheck__") {
                let r = vm.call_bound(&m, cls, Args::new(vec![v.clone()]))?;
                return vm.truthy(&r);
            }
            Ok(t.is_subclass(c))
        }
        Value::Tuple(t) => {
            for c in t.iter() {
                if is_instance(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(i) => {
            match i.class.lookup(&Name::new("__instancecheck__")) {
                Some(m) => {
                    let r = vm.call_bound(&m, cls, Args::new(vec![v.clone()]))?;
                    vm.truthy(&r)
                }
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// A check method a class's Python metaclass defines (type's own
/// default is the plain subclass test).
fn meta_check(vm: &Vm, c: &Class, name: &str) -> Option<Value> {
    let meta = c.metaclass.as_ref()?;
    let name = Name::new(name);
    meta.mro_iter()
        .take_while(|k| !Rc::ptr_eq(k, &vm.t.type_))
        .find_map(|k| k.dict.borrow().get(&name).cloned())
}

fn isinstance(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &args[0], &args[1])?))
}

fn issubclass(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "issubclass", args, 2, 2)?;
    let Value::Class(c) = &args[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &'static Vm, c: &Rc<Class>, cls: &Value) -> R<bool> {
        match cls {
            Value::Class(k) => {
                if let Some(m) = meta_check(vm, k, "__subclasscheck__") {
                    let r = vm.call_bound(&m, cls, Args::new(vec![Value::Class(c.clone())]))?;
                    return vm.truthy(&r);
                }
                Ok(c.is_subclass(k))
            }
            Value::Tuple(t) => {
                for k in t.iter() {
                    if check(vm, c, k)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(i) => match i.class.lookup(&Name::new("__subclasscheck__")) {
                Some(m) => {
                    let r = vm.call_bound(&m, cls, Args::new(vec![Value::Class(c.clone())]))?;
                    vm.truthy(&r)
                }
                None => Err(vm.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            },
            _ => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        }
    }
    Ok(Value::Bool(check(vm, c, &args[1])?))
}

fn attr_name(vm: &Vm, v: &Value) -> R<Name> {
    match v {
        Value::Str(s) => Ok(Name::new(&s.text)),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn hasattr(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    Ok(Value::Bool(vm.hasattr(&args[0], &name)?))
}

fn getattr(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.exc_is(&e, &vm.t.attribute_error) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args[0])))
}

fn chr(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "chr", args, 1, 1)?;
    let i = int_arg(vm, &args[0])?;
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        Some(c) => Ok(Value::str(
            char::from_u32(c).unwrap_or('\u{fffd}').to_string(),
        )),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) if s.chars == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars
        ))),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn radix(vm: &'static Vm, v: &Value, base: u32) -> R<Value> {
    let n: BigInt = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        other => match vm.index_of(other)? {
            Some(i) => BigInt::from(i),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        },
    };
    Ok(Value::str(crate::runtime::format::int_to_base(&n, base)))
}

fn hex(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "hex", args, 1, 1)?;
    radix(vm, &args[0], 16)
}

fn oct(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "oct", args, 1, 1)?;
    radix(vm, &args[0], 8)
}

fn bin(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "bin", args, 1, 1)?;
    radix(vm, &args[0], 2)
}

fn format(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.text.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args[0], &spec)?))
}

fn vars(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "vars", args, 1, 1)?;
    match vm.getattr(&args[0], &vm.n.dict) {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "dir", args, 0, 1)?;
    let Some(v) = args.first() else {
        return Ok(Value::list(Vec::new()));
    };
    let mut names: Vec<String> = Vec::new();
    match v {
        Value::Module(m) => names.extend(m.dict.borrow().keys().map(|k| k.to_string())),
        Value::Class(c) => {
            for k in c.mro_iter() {
                names.extend(k.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        Value::Instance(i) => {
            names.extend(i.dict.borrow().keys().iter().map(|k| k.to_string()));
            for k in i.class.mro_iter() {
                names.extend(k.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        other => {
            for k in vm.type_of(other).mro_iter() {
                names.extend(k.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn id(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "id", args, 1, 1)?;
    let v = &args[0];
    Ok(Value::Int(match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::None => 1,
            Value::Bool(b) => 2 + *b as i64,
            Value::Int(i) => 0x1000 + i.wrapping_mul(32),
            Value::Float(f) => f.to_bits() as i64,
            _ => 7,
        },
    }))
}

fn hash(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn any(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "any", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "all", args, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Round half to even, as Python's round() does.
fn round(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(vm, "round", kw, &["ndigits"])?;
    arity(vm, "round", args, 1, 2)?;
    let nd = args
        .get(1)
        .or_else(|| kwarg(kw, "ndigits"))
        .filter(|v| !v.is_none());
    let x = &args[0];
    match x {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow("cannot convert float infinity to integer"));
                }
                vm.to_int(&Value::Float(f.round_ties_even()))
            }
            Some(n) => {
                let n = int_arg(vm, n)?;
                Ok(Value::Float(crate::runtime::format::round_float(*f, n)?))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let v = match x {
                Value::Bool(b) => Value::Int(*b as i64),
                other => other.clone(),
            };
            match nd {
                None => Ok(v),
                Some(n) => {
                    let n = int_arg(vm, n)?;
                    if n >= 0 {
                        return Ok(v);
                    }
                    let big = match &v {
                        Value::Int(i) => BigInt::from(*i),
                        Value::BigInt(b) => (**b).clone(),
                        _ => BigInt::zero(),
                    };
                    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
                    let (q, r) = num_integer::Integer::div_mod_floor(&big, &p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(Value::bigint(q * p))
                }
            }
        }
        Value::Instance(i) => match i.class.lookup(&vm.n.round) {
            Some(m) => vm.call_bound(&m, x, Args::new(nd.into_iter().cloned().collect())),
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                i.class.name
            ))),
        },
        other => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(other)
        ))),
    }
}

fn divmod(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "divmod", args, 2, 2)?;
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (&args[0], &args[1]) {
        if let (Some(_), Some(b)) = (to_f64(&args[0]), to_f64(&args[1])) {
            if b == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
        }
    }
    if let Value::Instance(_) = &args[0] {
        if let Some(r) = vm.try_dunder(&args[0], &Name::new("__divmod__"), &args[1])? {
            return Ok(r);
        }
    }
    let q = vm
        .binary(BinOp::FloorDiv, &args[0], &args[1])
        .map_err(|e| {
            if vm.exc_is(&e, &vm.t.type_error) {
                vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(&args[0]),
                    vm.type_name(&args[1])
                ))
            } else {
                e
            }
        })?;
    let r = vm.binary(BinOp::Mod, &args[0], &args[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

fn pow(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "pow", args, 2, 3)?;
    match args.get(2) {
        None | Some(Value::None) => vm.binary(BinOp::Pow, &args[0], &args[1]),
        Some(m) => {
            let big = |v: &Value| -> R<BigInt> {
                match v {
                    Value::Int(i) => Ok(BigInt::from(*i)),
                    Value::Bool(b) => Ok(BigInt::from(*b as i64)),
                    Value::BigInt(b) => Ok((**b).clone()),
                    _ => Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    )),
                }
            };
            let (b, e, m) = (big(&args[0])?, big(&args[1])?, big(m)?);
            if m.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if e.is_negative() {
                (
                    mod_inverse(&b, &m).ok_or_else(|| {
                        vm.value_error("base is not invertible for the given modulus")
                    })?,
                    -e,
                )
            } else {
                (b, e)
            };
            let r = b.modpow(&e, &m);
            // Python's result takes the modulus's sign.
            let r = if !r.is_zero() && r.is_negative() != m.is_negative() {
                r + &m
            } else {
                r
            };
            Ok(Value::bigint(r))
        }
    }
}

/// `b`'s inverse modulo `m` (extended Euclid), if they are coprime.
fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let e = b.mod_floor(&m).extended_gcd(&m);
    e.gcd.is_one().then(|| e.x.mod_floor(&m))
}

fn globals(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "globals", args, 0, 0)?;
    match vm.modules.borrow().get_str("__main__") {
        Some(Value::Module(m)) => Ok(vm.attrs_to_dict(m.dict.borrow().iter())),
        _ => Ok(Value::dict(Dict::new())),
    }
}
