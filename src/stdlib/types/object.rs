//! Methods of object, BaseException, int, float, generators and
//! property.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::super::{add_methods, arity, int_arg};
use crate::interp::{AgenOp, Args, Resume, Vm, R};
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

pub fn install(vm: &'static Vm) {
    install_number_dunders(vm);
    let t = &vm.t;
    add_methods(
        &t.object,
        &[
            ("__init__", |_, _, _| Ok(Value::None)),
            ("__repr__", |vm, a, _| {
                let v = &a[0];
                Ok(Value::str(format!(
                    "<{} object at {}>",
                    vm.class_path(&vm.type_of(v)),
                    crate::interp::addr(v)
                )))
            }),
            ("__str__", |vm, a, _| Ok(Value::str(vm.repr(&a[0])?))),
            ("__eq__", |_, a, _| {
                Ok(if a.len() == 2 && a[0].is(&a[1]) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__ne__", |vm, a, _| {
                arity(vm, "__ne__", a, 2, 2)?;
                Ok(Value::Bool(!vm.eq(&a[0], &a[1])?))
            }),
            ("__hash__", |_, a, _| {
                Ok(Value::Int((a[0].ptr().unwrap_or(0) >> 4) as i64))
            }),
            ("__setattr__", |vm, a, _| {
                arity(vm, "__setattr__", a, 3, 3)?;
                let Value::Instance(i) = &a[0] else {
                    return Err(vm.type_error("can't apply this __setattr__ to object"));
                };
                let name = Name::new(vm.str_of(&a[1])?.as_str());
                i.dict.borrow_mut().insert(name, a[2].clone());
                Ok(Value::None)
            }),
            ("__delattr__", |vm, a, _| {
                arity(vm, "__delattr__", a, 2, 2)?;
                let Value::Instance(i) = &a[0] else {
                    return Err(vm.type_error("can't apply this __delattr__ to object"));
                };
                let name = Name::new(vm.str_of(&a[1])?.as_str());
                if i.dict.borrow_mut().shift_remove(&name).is_none() {
                    return Err(vm.attr_error(format!(
                        "'{}' object has no attribute '{name}'",
                        i.class.name
                    )));
                }
                Ok(Value::None)
            }),
            ("__getattribute__", |vm, a, _| {
                arity(vm, "__getattribute__", a, 2, 2)?;
                let name = Name::new(vm.str_of(&a[1])?.as_str());
                vm.generic_getattr(&a[0], &name)
            }),
            ("__format__", |vm, a, _| {
                arity(vm, "__format__", a, 2, 2)?;
                let spec = vm.str_of(&a[1])?;
                if !spec.is_empty() {
                    return Err(vm.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        vm.type_name(&a[0])
                    )));
                }
                Ok(Value::str(vm.str_of(&a[0])?))
            }),
        ],
    );
    t.object.dict.borrow_mut().insert(
        Name::new("__new__"),
        Value::StaticMethod(Rc::new(super::super::builtin(
            "__new__",
            |vm, a, _| match a.first() {
                Some(Value::Class(c)) => {
                    let args = Args::new(a[1..].to_vec());
                    if c.layout == Layout::Native {
                        return vm.construct_native(c, args);
                    }
                    match c.native_base() {
                        Some(base) => vm.new_native_instance(c, base, args),
                        None => Ok(vm.new_instance(c, &args)),
                    }
                }
                _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
            },
        ))),
    );
    t.type_.dict.borrow_mut().insert(
        Name::new("__new__"),
        Value::StaticMethod(Rc::new(super::super::builtin("__new__", |vm, a, kw| {
            vm.type_new(a, kw)
        }))),
    );
    t.object.dict.borrow_mut().insert(
        Name::new("__init_subclass__"),
        Value::ClassMethod(Rc::new(super::super::builtin(
            "__init_subclass__",
            |vm, a, kw| {
                if !kw.is_empty() {
                    let name = match a.first() {
                        Some(Value::Class(c)) => c.name.to_string(),
                        _ => "object".into(),
                    };
                    return Err(vm.type_error(format!(
                        "{name}.__init_subclass__() takes no keyword arguments"
                    )));
                }
                Ok(Value::None)
            },
        ))),
    );
    add_methods(
        &t.type_,
        &[
            // What calling a class does, for a metaclass's super().__call__.
            ("__call__", |vm, a, kw| match a.first() {
                Some(Value::Class(c)) => vm.instantiate(
                    c,
                    Args {
                        pos: a[1..].to_vec(),
                        kw: kw.to_vec(),
                    },
                ),
                _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
            }),
            ("__setattr__", |vm, a, _| {
                arity(vm, "__setattr__", a, 3, 3)?;
                let Value::Class(c) = &a[0] else {
                    return Err(vm.type_error("descriptor '__setattr__' requires a 'type' object"));
                };
                let name = Name::new(&vm.str_of(&a[1])?);
                vm.class_setattr(c, &name, a[2].clone())?;
                Ok(Value::None)
            }),
            ("__delattr__", |vm, a, _| {
                arity(vm, "__delattr__", a, 2, 2)?;
                let Value::Class(c) = &a[0] else {
                    return Err(vm.type_error("descriptor '__delattr__' requires a 'type' object"));
                };
                let name = Name::new(&vm.str_of(&a[1])?);
                if c.dict.borrow_mut().shift_remove(&name).is_none() {
                    return Err(vm.attr_error(format!(
                        "type object '{}' has no attribute '{name}'",
                        c.name
                    )));
                }
                Ok(Value::None)
            }),
            ("mro", |vm, a, _| match a.first() {
                Some(Value::Class(c)) => Ok(Value::list(
                    c.mro_iter().map(|k| Value::Class(k.clone())).collect(),
                )),
                _ => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
            }),
            ("__subclasses__", |_, _, _| Ok(Value::list(Vec::new()))),
        ],
    );
    add_methods(
        &t.base_exception,
        &[
            ("__init__", |vm, a, _| {
                if let Some(Value::Instance(i)) = a.first() {
                    if let Some(e) = &i.exc {
                        e.borrow_mut().args = a[1..].to_vec();
                        return Ok(Value::None);
                    }
                }
                Err(vm.type_error("BaseException.__init__ needs an exception"))
            }),
            ("__str__", |vm, a, _| {
                Ok(Value::str(vm.exception_str(&a[0])?))
            }),
            ("__repr__", |vm, a, _| {
                Ok(Value::str(vm.exception_repr(&a[0])?))
            }),
            ("with_traceback", |_, a, _| Ok(a[0].clone())),
            ("add_note", |vm, a, _| {
                arity(vm, "add_note", a, 2, 2)?;
                if let Some(Value::Instance(i)) = a.first() {
                    if let Some(e) = &i.exc {
                        if !matches!(a[1], Value::Str(_)) {
                            return Err(vm.type_error(format!(
                                "note must be a str, not '{}'",
                                vm.type_name(&a[1])
                            )));
                        }
                        e.borrow_mut().notes.push(a[1].clone());
                    }
                }
                Ok(Value::None)
            }),
        ],
    );
    t.base_exception_group.dict.borrow_mut().insert(
        Name::new("__new__"),
        Value::StaticMethod(Rc::new(super::super::builtin("__new__", |vm, a, kw| {
            let Some(Value::Class(c)) = a.first() else {
                return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
            };
            if !kw.is_empty() {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", c.name)));
            }
            vm.new_group(c, &a[1..])
        }))),
    );
    add_methods(
        &t.complex,
        &[("conjugate", |vm, a, _| {
            arity(vm, "conjugate", a, 1, 1)?;
            match &a[0] {
                Value::Complex(c) => Ok(crate::interp::complex::complex(c.0, -c.1)),
                other => Ok(other.clone()),
            }
        })],
    );
    add_methods(
        &t.base_exception_group,
        &[
            ("split", |vm, a, _| {
                arity(vm, "split", a, 2, 2)?;
                let (m, r) = vm.group_split(&a[0], &a[1])?;
                Ok(Value::tuple(vec![m, r]))
            }),
            ("subgroup", |vm, a, _| {
                arity(vm, "subgroup", a, 2, 2)?;
                Ok(vm.group_split(&a[0], &a[1])?.0)
            }),
            ("derive", |vm, a, _| {
                arity(vm, "derive", a, 2, 2)?;
                let message = match &a[0] {
                    Value::Instance(i) => i
                        .exc
                        .as_ref()
                        .and_then(|e| e.borrow().args.first().cloned())
                        .unwrap_or(Value::None),
                    _ => Value::None,
                };
                vm.new_group(&vm.t.base_exception_group, &[message, a[1].clone()])
            }),
        ],
    );
    add_methods(
        &t.int,
        &[
            ("bit_length", |vm, a, _| {
                Ok(Value::Int(match &a[0] {
                    Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(b) => b.bits() as i64,
                    other => {
                        return Err(vm.type_error(format!(
                            "bit_length needs an int, not {}",
                            vm.type_name(other)
                        )))
                    }
                }))
            }),
            ("bit_count", |vm, a, _| {
                Ok(Value::Int(match &a[0] {
                    Value::Int(i) => i.unsigned_abs().count_ones() as i64,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(b) => b
                        .abs()
                        .to_u32_digits()
                        .1
                        .iter()
                        .map(|d| d.count_ones() as i64)
                        .sum(),
                    other => {
                        return Err(vm.type_error(format!(
                            "bit_count needs an int, not {}",
                            vm.type_name(other)
                        )))
                    }
                }))
            }),
            ("conjugate", |vm, a, _| vm.to_int(&a[0])),
            ("__index__", |vm, a, _| vm.to_int(&a[0])),
            ("__int__", |vm, a, _| vm.to_int(&a[0])),
            ("__float__", |vm, a, _| {
                Ok(Value::Float(vm.to_float(&a[0])?))
            }),
            ("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?))),
            ("__repr__", |vm, a, _| Ok(Value::str(vm.repr(&a[0])?))),
            ("__format__", |vm, a, _| {
                arity(vm, "__format__", a, 2, 2)?;
                let spec = vm.str_of(&a[1])?;
                Ok(Value::str(vm.format(&a[0], &spec)?))
            }),
            ("as_integer_ratio", |vm, a, _| {
                Ok(Value::tuple(vec![vm.to_int(&a[0])?, Value::Int(1)]))
            }),
            ("to_bytes", |vm, a, kw| {
                let n = match a.get(1).or_else(|| super::super::kwarg(kw, "length")) {
                    Some(v) => int_arg(vm, v)? as usize,
                    None => 1,
                };
                let big = match super::super::kwarg(kw, "byteorder").or(a.get(2)) {
                    Some(Value::Str(s)) => &*s.text == "big",
                    _ => true,
                };
                let v = match vm.to_int(&a[0])? {
                    Value::Int(i) => BigInt::from(i),
                    Value::BigInt(b) => (*b).clone(),
                    _ => BigInt::from(0),
                };
                let signed = match super::super::kwarg(kw, "signed") {
                    Some(s) => vm.truthy(s)?,
                    None => false,
                };
                if v.is_negative() && !signed {
                    return Err(vm.overflow("can't convert negative int to unsigned"));
                }
                let mut bytes = if signed {
                    v.to_signed_bytes_le()
                } else {
                    v.to_bytes_le().1
                };
                if v.is_zero() {
                    bytes.clear();
                }
                if bytes.len() > n {
                    return Err(vm.overflow("int too big to convert"));
                }
                bytes.resize(n, if v.is_negative() { 0xff } else { 0 });
                if big {
                    bytes.reverse();
                }
                Ok(Value::Bytes(Rc::new(bytes)))
            }),
        ],
    );
    add_methods(
        &t.float,
        &[
            ("hex", |vm, a, _| {
                arity(vm, "hex", a, 1, 1)?;
                Ok(Value::str(crate::runtime::format::float_to_hex(
                    vm.to_float(&a[0])?,
                )))
            }),
            ("is_integer", |vm, a, _| {
                Ok(Value::Bool(vm.to_float(&a[0])?.fract() == 0.0))
            }),
            ("__int__", |vm, a, _| vm.to_int(&a[0])),
            ("__float__", |vm, a, _| {
                Ok(Value::Float(vm.to_float(&a[0])?))
            }),
            ("__hash__", |vm, a, _| Ok(Value::Int(vm.hash(&a[0])?))),
            ("__repr__", |vm, a, _| Ok(Value::str(vm.repr(&a[0])?))),
            ("conjugate", |vm, a, _| {
                Ok(Value::Float(vm.to_float(&a[0])?))
            }),
            ("__format__", |vm, a, _| {
                arity(vm, "__format__", a, 2, 2)?;
                let spec = vm.str_of(&a[1])?;
                Ok(Value::str(vm.format(&a[0], &spec)?))
            }),
            ("as_integer_ratio", |vm, a, _| {
                let f = vm.to_float(&a[0])?;
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert NaN to integer ratio")
                    } else {
                        vm.overflow("cannot convert Infinity to integer ratio")
                    });
                }
                let mut num = f;
                let mut den = BigInt::from(1);
                while num.fract() != 0.0 {
                    num *= 2.0;
                    den *= 2;
                }
                let n = vm.to_int(&Value::Float(num))?;
                Ok(Value::tuple(vec![n, Value::bigint(den)]))
            }),
        ],
    );
    for g in [&t.generator, &t.coroutine] {
        add_methods(
            g,
            &[
                ("send", generator_send),
                ("throw", generator_throw),
                ("close", generator_close),
            ],
        );
    }
    // `coro.__await__()`: an iterator over the coroutine, for awaitables
    // written as generators (`yield from coro.__await__()`).
    let wrapper = crate::stdlib::stdlib_class(
        vm,
        "coroutine_wrapper",
        "builtins",
        &[
            ("__iter__", |_, a, _| Ok(a[0].clone())),
            ("__next__", |vm, a, _| {
                generator_send(vm, &[wrapped(vm, a)?, Value::None], &[])
            }),
            ("send", |vm, a, kw| {
                generator_send(vm, &unwrap_first(vm, a)?, kw)
            }),
            ("throw", |vm, a, kw| {
                generator_throw(vm, &unwrap_first(vm, a)?, kw)
            }),
            ("close", |vm, a, kw| {
                generator_close(vm, &unwrap_first(vm, a)?, kw)
            }),
        ],
    );
    COROUTINE_WRAPPER.with(|c| *c.borrow_mut() = Some(wrapper));
    add_methods(
        &t.generator,
        &[
            ("__next__", |vm, a, _| {
                let g = generator(vm, a)?;
                vm.generator_send(g, Resume::Send(Value::None))
            }),
            ("__iter__", |_, a, _| Ok(a[0].clone())),
        ],
    );
    // The frames of traceback objects (`tb.tb_frame`).
    add_methods(
        &t.frame,
        &[("__repr__", |vm, a, _| {
            let code = vm.getattr(&a[0], &Name::new("f_code"))?;
            let file = vm.getattr(&code, &Name::new("co_filename"))?;
            let name = vm.getattr(&code, &Name::new("co_name"))?;
            let line = vm.getattr(&a[0], &Name::new("f_lineno"))?;
            Ok(Value::str(format!(
                "<frame at {}, file {}, line {}, code {}>",
                crate::interp::addr(&a[0]),
                vm.repr(&file)?,
                vm.repr(&line)?,
                vm.str_of(&name)?
            )))
        })],
    );
    // Awaited natively; `__await__` is there for code that asks.
    for c in [&t.async_generator_asend, &t.anext_awaitable] {
        add_methods(c, &[("__await__", |_, a, _| Ok(a[0].clone()))]);
    }
    add_methods(
        &t.coroutine,
        &[("__await__", |vm, a, _| {
            let class = COROUTINE_WRAPPER.with(|c| c.borrow().clone());
            let class = class.ok_or_else(|| vm.type_error("no coroutine_wrapper type"))?;
            Ok(Instance::with_data(class, CoroutineWrapper(a[0].clone())))
        })],
    );
    add_methods(
        &t.async_generator,
        &[
            ("__aiter__", |_, a, _| Ok(a[0].clone())),
            ("__anext__", |vm, a, _| {
                let g = generator(vm, a)?;
                Ok(vm.agen_awaitable(g, AgenOp::Send, Resume::Send(Value::None)))
            }),
            ("asend", |vm, a, _| {
                arity(vm, "asend", a, 2, 2)?;
                let g = generator(vm, a)?;
                Ok(vm.agen_awaitable(g, AgenOp::Send, Resume::Send(a[1].clone())))
            }),
            ("athrow", |vm, a, _| {
                arity(vm, "athrow", a, 2, 4)?;
                let g = generator(vm, a)?;
                let e = vm.throwable(&a[1..])?;
                Ok(vm.agen_awaitable(g, AgenOp::Throw, Resume::Throw(e)))
            }),
            ("aclose", |vm, a, _| {
                let g = generator(vm, a)?;
                let exit = vm.exc_with_args(&vm.t.generator_exit, vec![]);
                Ok(vm.agen_awaitable(g, AgenOp::Close, Resume::Throw(exit)))
            }),
        ],
    );
    add_methods(
        &t.property,
        &[
            ("getter", |vm, a, _| property_with(vm, a, 0)),
            ("setter", |vm, a, _| property_with(vm, a, 1)),
            ("deleter", |vm, a, _| property_with(vm, a, 2)),
            ("__get__", |vm, a, _| {
                arity(vm, "__get__", a, 2, 3)?;
                match (&a[0], &a[1]) {
                    (_, Value::None) => Ok(a[0].clone()),
                    (Value::Property(p), obj) => vm.call(&p.fget, Args::new(vec![obj.clone()])),
                    _ => Err(vm.type_error("__get__ needs a property")),
                }
            }),
            ("__set__", |vm, a, _| {
                arity(vm, "__set__", a, 3, 3)?;
                match &a[0] {
                    Value::Property(p) if !p.fset.is_none() => {
                        vm.call(&p.fset, Args::new(vec![a[1].clone(), a[2].clone()]))?;
                        Ok(Value::None)
                    }
                    _ => Err(vm.attr_error("can't set attribute")),
                }
            }),
            ("__delete__", |vm, a, _| {
                arity(vm, "__delete__", a, 2, 2)?;
                match &a[0] {
                    Value::Property(p) if !p.fdel.is_none() => {
                        vm.call(&p.fdel, Args::new(vec![a[1].clone()]))?;
                        Ok(Value::None)
                    }
                    _ => Err(vm.attr_error("can't delete attribute")),
                }
            }),
        ],
    );
    // Functions and the method wrappers are descriptors too: what they
    // become when looked up through an instance or a class.
    add_methods(
        &t.function,
        &[("__get__", |vm, a, _| {
            arity(vm, "__get__", a, 2, 3)?;
            if a[1].is_none() {
                return Ok(a[0].clone());
            }
            Ok(Value::Method(Rc::new(Method {
                func: a[0].clone(),
                receiver: a[1].clone(),
            })))
        })],
    );
    add_methods(
        &t.staticmethod,
        &[("__get__", |vm, a, _| {
            arity(vm, "__get__", a, 2, 3)?;
            match &a[0] {
                Value::StaticMethod(f) => Ok((**f).clone()),
                other => Ok(other.clone()),
            }
        })],
    );
    add_methods(
        &t.classmethod,
        &[("__get__", |vm, a, _| {
            arity(vm, "__get__", a, 2, 3)?;
            let owner = match a.get(2) {
                Some(o) if !o.is_none() => o.clone(),
                _ => Value::Class(vm.type_of(&a[1])),
            };
            match &a[0] {
                Value::ClassMethod(f) => Ok(Value::Method(Rc::new(Method {
                    func: (**f).clone(),
                    receiver: owner,
                }))),
                other => Ok(other.clone()),
            }
        })],
    );
}

macro_rules! binary_dunders {
    ($($name:literal => $op:ident, $reflected:expr);* $(;)?) => {
        &[$(($name, |vm, a, _| {
            arity(vm, $name, a, 2, 2)?;
            let (x, y) = if $reflected { (&a[1], &a[0]) } else { (&a[0], &a[1]) };
            match vm.binary(BinOp::$op, x, y) {
                Ok(v) => Ok(v),
                Err(e) if vm.exc_is(&e, &vm.t.type_error) => Ok(Value::NotImplemented),
                Err(e) => Err(e),
            }
        })),*]
    };
}

macro_rules! compare_dunders {
    ($($name:literal => $op:ident),* $(,)?) => {
        &[$(($name, |vm, a, _| {
            arity(vm, $name, a, 2, 2)?;
            match vm.rich_compare(CmpOp::$op, &a[0], &a[1]) {
                Ok(v) => Ok(v),
                Err(e) if vm.exc_is(&e, &vm.t.type_error) => Ok(Value::NotImplemented),
                Err(e) => Err(e),
            }
        })),*]
    };
}

/// The operator methods of the numbers (`(1).__add__(2)`, and what
/// `super().__add__` reaches in a subclass).
fn install_number_dunders(vm: &'static Vm) {
    let ops: &[(&'static str, BuiltinFn)] = binary_dunders! {
        "__add__" => Add, false; "__radd__" => Add, true;
        "__sub__" => Sub, false; "__rsub__" => Sub, true;
        "__mul__" => Mul, false; "__rmul__" => Mul, true;
        "__truediv__" => Div, false; "__rtruediv__" => Div, true;
        "__floordiv__" => FloorDiv, false; "__rfloordiv__" => FloorDiv, true;
        "__mod__" => Mod, false; "__rmod__" => Mod, true;
        "__pow__" => Pow, false; "__rpow__" => Pow, true;
        "__and__" => BitAnd, false; "__or__" => BitOr, false; "__xor__" => BitXor, false;
        "__lshift__" => LShift, false; "__rshift__" => RShift, false;
    };
    let cmps: &[(&'static str, BuiltinFn)] = compare_dunders! {
        "__lt__" => Lt, "__le__" => LtE, "__gt__" => Gt, "__ge__" => GtE, "__eq__" => Eq, "__ne__" => NotEq,
    };
    let unary: &[(&'static str, BuiltinFn)] = &[
        ("__neg__", |vm, a, _| vm.unary(UnaryOp::Neg, &a[0])),
        ("__pos__", |vm, a, _| vm.unary(UnaryOp::Pos, &a[0])),
        ("__abs__", |vm, a, _| {
            let abs = vm
                .builtins
                .dict
                .borrow()
                .get(&Name::new("abs"))
                .cloned()
                .unwrap_or(Value::None);
            vm.call(&abs, Args::new(vec![a[0].clone()]))
        }),
        ("__bool__", |vm, a, _| Ok(Value::Bool(vm.truthy(&a[0])?))),
        ("__round__", |vm, a, _| {
            let round = vm
                .builtins
                .dict
                .borrow()
                .get(&Name::new("round"))
                .cloned()
                .unwrap_or(Value::None);
            vm.call(&round, Args::new(a.to_vec()))
        }),
        ("__trunc__", |vm, a, _| vm.to_int(&a[0])),
    ];
    for class in [&vm.t.int, &vm.t.float] {
        add_methods(class, ops);
        add_methods(class, cmps);
        add_methods(class, unary);
    }
    for class in [&vm.t.str, &vm.t.list, &vm.t.tuple] {
        add_methods(class, &ops[..6]);
        add_methods(class, cmps);
    }
    add_methods(
        &vm.t.range,
        &[
            ("index", |vm, a, _| {
                arity(vm, "index", a, 2, 2)?;
                let items = vm.to_vec(&a[0])?;
                for (i, x) in items.iter().enumerate() {
                    if vm.eq(x, &a[1])? {
                        return Ok(Value::Int(i as i64));
                    }
                }
                Err(vm.value_error(format!("{} is not in range", vm.repr(&a[1])?)))
            }),
            ("count", |vm, a, _| {
                arity(vm, "count", a, 2, 2)?;
                Ok(Value::Int(vm.contains(&a[0], &a[1])? as i64))
            }),
        ],
    );
    add_methods(
        &vm.t.slice,
        &[("indices", |vm, a, _| {
            arity(vm, "indices", a, 2, 2)?;
            let Value::Slice(s) = &a[0] else {
                return Err(vm.type_error("indices needs a slice"));
            };
            let n = int_arg(vm, &a[1])?;
            if n < 0 {
                return Err(vm.value_error("length should not be negative"));
            }
            let (start, stop, step, _) = vm.slice_indices(s, n as usize)?;
            Ok(Value::tuple(vec![
                Value::Int(start),
                Value::Int(stop),
                Value::Int(step),
            ]))
        })],
    );
    vm.t.float.dict.borrow_mut().insert(
        Name::new("fromhex"),
        Value::ClassMethod(Rc::new(super::super::builtin("fromhex", |vm, a, _| {
            arity(vm, "fromhex", a, 2, 2)?;
            let Value::Str(s) = &a[1] else {
                return Err(vm.type_error(format!(
                    "fromhex() argument must be str, not {}",
                    vm.type_name(&a[1])
                )));
            };
            let x = crate::runtime::format::float_fromhex(&s.text)?;
            match &a[0] {
                Value::Class(c) if !Rc::ptr_eq(c, &vm.t.float) => {
                    vm.call(&a[0], Args::new(vec![Value::Float(x)]))
                }
                _ => Ok(Value::Float(x)),
            }
        }))),
    );
    vm.t.int.dict.borrow_mut().insert(
        Name::new("from_bytes"),
        Value::ClassMethod(Rc::new(super::super::builtin("from_bytes", |vm, a, kw| {
            let bytes = match a.get(1) {
                Some(Value::Bytes(b)) => (**b).clone(),
                Some(other) => vm
                    .to_vec(other)?
                    .iter()
                    .map(|x| int_arg(vm, x).map(|i| i as u8))
                    .collect::<R<Vec<u8>>>()?,
                None => {
                    return Err(
                        vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")
                    )
                }
            };
            let big = match super::super::kwarg(kw, "byteorder").or(a.get(2)) {
                Some(Value::Str(s)) => &*s.text == "big",
                _ => true,
            };
            let signed = match super::super::kwarg(kw, "signed") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let n = if signed {
                if big {
                    BigInt::from_signed_bytes_be(&bytes)
                } else {
                    BigInt::from_signed_bytes_le(&bytes)
                }
            } else if big {
                BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
            } else {
                BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
            };
            Ok(Value::bigint(n))
        }))),
    );
}

fn generator<'a>(vm: &Vm, a: &'a [Value]) -> R<&'a Rc<Generator>> {
    match a.first() {
        Some(Value::Generator(g)) => Ok(g),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn property_with(vm: &'static Vm, a: &[Value], which: usize) -> R<Value> {
    arity(vm, "setter", a, 2, 2)?;
    let Value::Property(p) = &a[0] else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = a[1].clone();
    let doc = if which == 0 && p.doc.is_none() {
        match &f {
            Value::Function(func) => func.doc.borrow().clone(),
            _ => Value::None,
        }
    } else {
        p.doc.clone()
    };
    Ok(Value::Property(Rc::new(Property {
        fget: if which == 0 {
            f.clone()
        } else {
            p.fget.clone()
        },
        fset: if which == 1 {
            f.clone()
        } else {
            p.fset.clone()
        },
        fdel: if which == 2 { f } else { p.fdel.clone() },
        doc,
    })))
}

/// What `coroutine.__await__()` returns: the coroutine, iterated.
struct CoroutineWrapper(Value);

thread_local! {
    static COROUTINE_WRAPPER: std::cell::RefCell<Option<Rc<Class>>> =
        const { std::cell::RefCell::new(None) };
}

fn wrapped(vm: &'static Vm, a: &[Value]) -> R<Value> {
    // Methods of built-in types receive the value inside the instance.
    let w = match a.first() {
        Some(Value::Instance(i)) => i.data::<CoroutineWrapper>(),
        Some(Value::Opaque(o)) => o.0.downcast_ref::<CoroutineWrapper>(),
        _ => None,
    };
    w.map(|w| w.0.clone())
        .ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))
}

fn unwrap_first(vm: &'static Vm, a: &[Value]) -> R<Vec<Value>> {
    let mut args = a.to_vec();
    args[0] = wrapped(vm, a)?;
    Ok(args)
}

fn generator_send(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "send", a, 2, 2)?;
    let g = generator(vm, a)?;
    vm.generator_send(g, Resume::Send(a[1].clone()))
}

fn generator_throw(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "throw", a, 2, 4)?;
    let g = generator(vm, a)?;
    let e = match (&a[1], a.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => {
            let v = match v {
                Value::Instance(_) => v.clone(),
                other => vm.call(&a[1], Args::new(vec![other.clone()]))?,
            };
            vm.to_exception(v, "exceptions must derive from BaseException")?
        }
        (v, _) => vm.to_exception(
            v.clone(),
            "exceptions must be classes or instances deriving from BaseException, not str",
        )?,
    };
    vm.generator_send(g, Resume::Throw(e))
}

fn generator_close(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    vm.generator_close(generator(vm, a)?)?;
    Ok(Value::None)
}
