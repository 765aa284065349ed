//! The `sys` module: argv, exit, path, modules, the standard streams, the
//! recursion limit and the int digit limit.

use super::{add_fns, arity, file::std_stream, int_arg, kwarg, new_module, only_kwargs, structseq};
use crate::interp::{Vm, R};
use crate::runtime::format;
use crate::runtime::*;

pub fn module(vm: &'static Vm) -> Value {
    let m = new_module("sys");
    {
        let mut d = m.dict.borrow_mut();
        add_fns(
            &mut d,
            &[
                ("exit", exit),
                ("getrecursionlimit", getrecursionlimit),
                ("setrecursionlimit", setrecursionlimit),
                ("exc_info", exc_info),
                ("intern", |vm, a, _| {
                    arity(vm, "intern", a, 1, 1)?;
                    match &a[0] {
                        Value::Str(_) => Ok(a[0].clone()),
                        other => Err(vm.type_error(format!(
                            "intern() argument must be str, not {}",
                            vm.type_name(other)
                        ))),
                    }
                }),
                ("exception", exception),
                ("get_int_max_str_digits", get_int_max_str_digits),
                ("set_int_max_str_digits", set_int_max_str_digits),
            ],
        );
        let int_info = structseq::class(
            vm,
            "sys",
            "int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
        );
        d.insert(
            Name::new("int_info"),
            structseq::new(
                &int_info,
                vec![
                    Value::Int(30),
                    Value::Int(4),
                    Value::Int(format::DEFAULT_MAX_STR_DIGITS as i64),
                    Value::Int(format::MAX_STR_DIGITS_THRESHOLD as i64),
                ],
                &[],
            ),
        );
        let argv = vm
            .argv
            .borrow()
            .iter()
            .map(|a| Value::str(a.as_str()))
            .collect();
        d.insert(Name::new("argv"), Value::list(argv));
        let path = vm
            .path
            .borrow()
            .iter()
            .map(|p| Value::str(p.display().to_string()))
            .collect();
        d.insert(Name::new("path"), Value::list(path));
        d.insert(
            Name::new("stdout"),
            std_stream("<stdout>", FileState::Stdout),
        );
        d.insert(
            Name::new("stderr"),
            std_stream("<stderr>", FileState::Stderr),
        );
        d.insert(Name::new("stdin"), std_stream("<stdin>", FileState::Stdin));
        d.insert(Name::new("maxsize"), Value::Int(i64::MAX));
        d.insert(Name::new("modules"), Value::Dict(vm.modules.clone()));
        d.insert(Name::new("platform"), Value::str(std::env::consts::OS));
        d.insert(Name::new("byteorder"), Value::str("little"));
        let version_info = structseq::class(
            vm,
            "sys",
            "version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
        );
        d.insert(
            Name::new("version_info"),
            structseq::new(
                &version_info,
                vec![
                    Value::Int(3),
                    Value::Int(11),
                    Value::Int(7),
                    Value::str("final"),
                    Value::Int(0),
                ],
                &[],
            ),
        );
        let float_info = structseq::class(
            vm,
            "sys",
            "float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
        );
        d.insert(
            Name::new("float_info"),
            structseq::new(
                &float_info,
                vec![
                    Value::Float(f64::MAX),
                    Value::Int(1024),
                    Value::Int(308),
                    Value::Float(f64::MIN_POSITIVE),
                    Value::Int(-1021),
                    Value::Int(-307),
                    Value::Int(15),
                    Value::Int(53),
                    Value::Float(f64::EPSILON),
                    Value::Int(2),
                    Value::Int(1),
                ],
                &[],
            ),
        );
        d.insert(
            Name::new("version"),
            Value::str("3.11.7 (weft, a Python-compatible interpreter)"),
        );
        let implementation = structseq::class(vm, "sys", "implementation", &["name"]);
        d.insert(
            Name::new("implementation"),
            structseq::new(&implementation, vec![Value::str("weft")], &[]),
        );
        d.insert(Name::new("maxunicode"), Value::Int(0x10ffff));
        d.insert(
            Name::new("executable"),
            Value::str(
                std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            ),
        );
    }
    Value::Module(m)
}

fn exit(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "exit", args, 0, 1)?;
    Err(vm.exc_with_args(&vm.t.system_exit, args.to_vec()))
}

fn getrecursionlimit(vm: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(Value::Int(vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    if matches!(args[0], Value::BigInt(_)) {
        return Err(vm.overflow("Python int too large to convert to C int"));
    }
    let n = int_arg(vm, &args[0])?;
    if n > i32::MAX as i64 {
        return Err(vm.overflow("Python int too large to convert to C int"));
    }
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &'static Vm, args: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(format::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0, or at least 640.
fn set_int_max_str_digits(vm: &'static Vm, args: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    only_kwargs(vm, "set_int_max_str_digits", kw, &["maxdigits"])?;
    let n = match (args, kwarg(kw, "maxdigits")) {
        ([v], None) | ([], Some(v)) => int_arg(vm, v)?,
        ([], None) => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
        _ => {
            return Err(vm.type_error(format!(
                "set_int_max_str_digits() takes at most 1 argument ({} given)",
                args.len() + kw.len()
            )))
        }
    };
    if n != 0 && !(format::MAX_STR_DIGITS_THRESHOLD as i64..=i32::MAX as i64).contains(&n) {
        if n > i32::MAX as i64 {
            return Err(vm.overflow("Python int too large to convert to C int"));
        }
        return Err(vm.value_error(format!(
            "maxdigits must be 0 or larger than {}",
            format::MAX_STR_DIGITS_THRESHOLD
        )));
    }
    format::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(match vm.handling.borrow().last() {
        Some(e) => {
            let tb = vm.getattr(e, &Name::new("__traceback__"))?;
            Value::tuple(vec![Value::Class(vm.type_of(e)), e.clone(), tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &'static Vm, _: &[Value], _: &[(Name, Value)]) -> R<Value> {
    Ok(vm.handling.borrow().last().cloned().unwrap_or(Value::None))
}
