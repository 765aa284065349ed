//! The `itertools` module, written in Rust: every function is a lazy
//! iterator type (a stdlib type with `__iter__`/`__next__`, its state in
//! the instance's Rust data), following CPython's Modules/itertoolsmodule.c
//! step by step so that results, laziness and errors agree.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::collections::{data_of, new_class_arg, new_type, recv, register, registered};
use super::{arity, builtin, int_arg, new_module};
use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::BinOp;

mod combinatoric;
mod infinite;
mod terminating;

use combinatoric::*;
use infinite::*;
use terminating::*;

// ---- argument helpers ---------------------------------------------------

/// Binds arguments to `names` as CPython's argument clinic does, with its
/// messages; the first `required` names must be given.
fn params(
    vm: &Vm,
    fname: &str,
    a: &[Value],
    kw: &[(Name, Value)],
    names: &[&str],
    required: usize,
) -> R<Vec<Option<Value>>> {
    super::bind_args(vm, fname, a, kw, names, required, super::ArgStyle::C)
}

/// Exactly `n` positional arguments and no keywords ("takewhile expected
/// 2 arguments, got 1").
fn exact(vm: &Vm, fname: &str, a: &[Value], kw: &[(Name, Value)], n: usize) -> R<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    if a.len() != n {
        return Err(vm.type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

fn no_kw(vm: &Vm, fname: &str, kw: &[(Name, Value)]) -> R<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

fn stop(vm: &Vm) -> Exc {
    vm.stop_iteration(Value::None)
}

/// The next item of `it`, or StopIteration out of the caller.
fn next_or_stop(vm: &'static Vm, it: &Value) -> R<Value> {
    vm.next(it)?.ok_or_else(|| stop(vm))
}

/// The class a type's `__new__` was called on, checked against the type.
fn cls_of(vm: &'static Vm, a: &[Value], key: &str) -> R<Rc<Class>> {
    let Some(base) = registered(key) else {
        return Err(vm.type_error(format!("{key} is not set up")));
    };
    new_class_arg(vm, a, &base).cloned()
}

fn this<'a, T: 'static>(vm: &Vm, a: &'a [Value], tname: &str) -> R<&'a T> {
    recv::<T>(vm, a, &format!("itertools.{tname}"), "__next__")
}

/// A positive count (repeat, combinations' r), as `n` conversion does.
fn size_arg(vm: &'static Vm, v: &Value) -> R<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow("Python int too large to convert to C ssize_t")),
        _ => int_arg(vm, v),
    }
}

// ---- the types ------------------------------------------------------------

/// (name, `__new__`, `__next__`, other methods).
type TypeSpec = (
    &'static str,
    BuiltinFn,
    BuiltinFn,
    &'static [(&'static str, BuiltinFn)],
);

const TYPES: &[TypeSpec] = &[
    ("count", count_new, count_next, &[("__repr__", count_repr)]),
    ("cycle", cycle_new, cycle_next, &[]),
    (
        "repeat",
        repeat_new,
        repeat_next,
        &[("__repr__", repeat_repr), ("__length_hint__", repeat_hint)],
    ),
    ("accumulate", accumulate_new, accumulate_next, &[]),
    ("chain", chain_new, chain_next, &[]),
    ("compress", compress_new, compress_next, &[]),
    ("dropwhile", dropwhile_new, dropwhile_next, &[]),
    ("takewhile", takewhile_new, takewhile_next, &[]),
    ("filterfalse", filterfalse_new, filterfalse_next, &[]),
    ("groupby", groupby_new, groupby_next, &[]),
    ("_grouper", grouper_new, grouper_next, &[]),
    ("islice", islice_new, islice_next, &[]),
    ("pairwise", pairwise_new, pairwise_next, &[]),
    ("starmap", starmap_new, starmap_next, &[]),
    (
        "_tee",
        tee_new,
        tee_next,
        &[("__copy__", |vm, a, _| tee_copy(vm, a))],
    ),
    ("zip_longest", zip_longest_new, zip_longest_next, &[]),
    ("product", product_new, product_next, &[]),
    ("permutations", permutations_new, permutations_next, &[]),
    ("combinations", combinations_new, combinations_next, &[]),
    ("combinations_with_replacement", cwr_new, cwr_next, &[]),
];

fn key_of(name: &str) -> &'static str {
    match name {
        "count" => "itertools.count",
        "cycle" => "itertools.cycle",
        "repeat" => "itertools.repeat",
        "accumulate" => "itertools.accumulate",
        "chain" => "itertools.chain",
        "compress" => "itertools.compress",
        "dropwhile" => "itertools.dropwhile",
        "takewhile" => "itertools.takewhile",
        "filterfalse" => "itertools.filterfalse",
        "groupby" => "itertools.groupby",
        "_grouper" => "itertools._grouper",
        "islice" => "itertools.islice",
        "pairwise" => "itertools.pairwise",
        "starmap" => "itertools.starmap",
        "_tee" => "itertools._tee",
        "zip_longest" => "itertools.zip_longest",
        "product" => "itertools.product",
        "permutations" => "itertools.permutations",
        "combinations" => "itertools.combinations",
        _ => "itertools.combinations_with_replacement",
    }
}

/// Makes the types once per interpreter.
fn ensure(vm: &'static Vm) {
    if registered("itertools.count").is_some() {
        return;
    }
    for (name, new, next, extra) in TYPES {
        let mut methods: Vec<(&'static str, BuiltinFn)> = vec![
            ("__next__", *next),
            ("__iter__", |_, a, _| {
                Ok(a.first().cloned().unwrap_or(Value::None))
            }),
        ];
        methods.extend_from_slice(extra);
        let class = new_type(vm, name, "itertools", &methods, Some(*new));
        register(key_of(name), &class);
    }
    if let Some(chain) = registered("itertools.chain") {
        chain.dict.borrow_mut().insert(
            Name::new("from_iterable"),
            Value::ClassMethod(Rc::new(builtin("from_iterable", chain_from_iterable))),
        );
    }
}

fn class_value(vm: &'static Vm, name: &str) -> Value {
    ensure(vm);
    registered(key_of(name)).map_or(Value::None, Value::Class)
}

pub fn module(vm: &'static Vm) -> Value {
    ensure(vm);
    let m = new_module("itertools");
    {
        let mut d = m.dict.borrow_mut();
        for (name, ..) in TYPES {
            if name.starts_with('_') {
                continue;
            }
            d.insert(Name::new(name), class_value(vm, name));
        }
        d.insert(
            Name::new("tee"),
            Value::Builtin(Rc::new(Builtin {
                name: "tee",
                func: tee,
                unwraps_self: false,
                module: Some("itertools"),
            })),
        );
    }
    Value::Module(m)
}

/// `chain.from_iterable(starmap(repeat, pairs))`: Counter.elements().
pub fn elements(vm: &'static Vm, pairs: Value) -> R<Value> {
    ensure(vm);
    let repeat = class_value(vm, "repeat");
    let starmap = vm.call(&class_value(vm, "starmap"), Args::new(vec![repeat, pairs]))?;
    let chain = class_value(vm, "chain");
    chain_from_iterable(vm, &[chain, starmap], &[])
}
