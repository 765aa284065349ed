//! Argument handling shared by the stdlib modules written here: binding
//! a Python-level signature with CPython's messages, and the integer
//! conversions of `operator.index`.

use num_bigint::BigInt;
use num_traits::Zero;

use crate::interp::{Args, Vm, R};
use crate::runtime::*;

// ---- arguments ------------------------------------------------------

/// The signature of a method written in Python in CPython: positional
/// parameters (`self` first), how many are required, keyword-only ones.
pub(crate) struct Sig {
    pub name: &'static str,
    pub pos: &'static [&'static str],
    pub required: usize,
    pub kwonly: &'static [&'static str],
}

/// Binds arguments to a `Sig` (`stdlib::bind_python`): one slot per
/// parameter, positional ones first.
pub(crate) fn bind(
    vm: &Vm,
    sig: &Sig,
    args: &[Value],
    kw: &[(Name, Value)],
) -> R<Vec<Option<Value>>> {
    crate::stdlib::bind_python(vm, sig.name, args, kw, sig.pos, sig.required, sig.kwonly)
}

/// Binds a Python-level method's arguments: the receiver, and one slot
/// per parameter (the receiver's included).
pub(crate) fn method(
    vm: &Vm,
    name: &'static str,
    pos: &'static [&'static str],
    required: usize,
    a: &[Value],
    kw: &[(Name, Value)],
) -> R<(Value, Vec<Option<Value>>)> {
    let sig = Sig {
        name,
        pos,
        required,
        kwonly: &[],
    };
    let p = bind(vm, &sig, a, kw)?;
    let this = p.first().cloned().flatten().unwrap_or(Value::None);
    Ok((this, p))
}

/// Checks the arguments of a method that CPython writes in C.
pub(crate) fn c_args(vm: &Vm, name: &str, a: &[Value], kw: &[(Name, Value)], n: usize) -> R<()> {
    if a.is_empty() {
        return Err(vm.type_error(format!("unbound method {name}() needs an argument")));
    }
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = a.len() - 1;
    if given != n {
        return Err(vm.type_error(match n {
            0 => format!("{name}() takes no arguments ({given} given)"),
            _ => format!("{name}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(())
}

// ---- integers -------------------------------------------------------

/// `operator.index(v)`: an int (small or big), or None.
pub(crate) fn index_value(vm: &'static Vm, v: &Value) -> R<Option<Value>> {
    Ok(match v {
        Value::Int(_) | Value::BigInt(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Instance(i) => match &i.native {
            Some(n @ (Value::Int(_) | Value::BigInt(_))) => Some(n.clone()),
            _ => match i.class.lookup(&vm.n.index) {
                Some(m) => {
                    let r = vm.call_bound(&m, v, Args::default())?;
                    match index_value(vm, &r)? {
                        Some(x) if !matches!(r, Value::Instance(_)) => Some(x),
                        _ => {
                            return Err(vm.type_error(format!(
                                "__index__ returned non-int (type {})",
                                vm.type_name(&r)
                            )))
                        }
                    }
                }
                None => None,
            },
        },
        _ => None,
    })
}

/// `operator.index(v)`, raising CPython's TypeError.
pub(crate) fn index_arg(vm: &'static Vm, v: &Value) -> R<Value> {
    index_value(vm, v)?.ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

pub(crate) fn to_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

/// An index argument as a BigInt.
pub(crate) fn big_arg(vm: &'static Vm, v: &Value) -> R<BigInt> {
    Ok(to_big(&index_arg(vm, v)?))
}

pub(crate) fn int_value(n: BigInt) -> Value {
    Value::bigint(n)
}

pub(crate) fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
        Value::Instance(i) => matches!(i.native, Some(Value::Int(_) | Value::BigInt(_))),
        _ => false,
    }
}
