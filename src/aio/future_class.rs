//! Future and Task as Python sees them: the methods and private
//! attributes of `_asyncio.Future` and `_asyncio.Task` (their state and
//! algorithms are future.rs's and task.rs's).

use std::rc::Rc;

use super::api::{current_loop, loop_object, loop_of};
use super::future::{as_future, new_future, Callback, Callbacks, FutureObj};
use super::{task, types};
use crate::interp::{Args, Exc, Vm, R};
use crate::runtime::*;
use crate::stdlib::{arity, kwarg};

pub(super) fn future_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("Future.__new__(X): X is not a type object"));
    };
    let lp = match kwarg(kw, "loop") {
        Some(v) if !v.is_none() => loop_of(vm, v)?,
        _ => current_loop(vm),
    };
    Ok(new_future(vm, cls, lp))
}

/// `fut.__await__()`: an iterator that yields the future until it is done,
/// then stops with its result — for awaitables written as generators.
struct FutureIter(Value);

fn future_iter(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    fut(vm, a)?;
    Ok(Instance::with_data(
        types(vm).future_iter.clone(),
        FutureIter(a[0].clone()),
    ))
}

fn future_iter_next(vm: &'static Vm, a: &[Value]) -> R<Value> {
    let it = match a.first() {
        Some(Value::Instance(i)) => i.data::<FutureIter>().map(|f| f.0.clone()),
        _ => None,
    };
    let Some(future) = it else {
        return Err(vm.type_error("a FutureIter was expected"));
    };
    let f = fut(vm, std::slice::from_ref(&future))?;
    if !f.done() {
        f.blocking.set(true);
        return Ok(future);
    }
    let v = f.result(vm)?;
    Err(vm.stop_iteration(v))
}

pub(super) const FUTURE_ITER_METHODS: &[(&str, BuiltinFn)] = &[
    ("__iter__", |_, a, _| Ok(a[0].clone())),
    ("__next__", |vm, a, _| future_iter_next(vm, a)),
    ("send", |vm, a, _| {
        arity(vm, "send", a, 2, 2)?;
        future_iter_next(vm, a)
    }),
    ("throw", |vm, a, _| {
        arity(vm, "throw", a, 2, 4)?;
        Err(vm.throwable(&a[1..])?)
    }),
    ("close", |_, _, _| Ok(Value::None)),
];

fn fut<'a>(vm: &'static Vm, a: &'a [Value]) -> R<&'a FutureObj> {
    a.first()
        .and_then(as_future)
        .ok_or_else(|| vm.type_error("a Future was expected"))
}

pub(super) const FUTURE_METHODS: &[(&str, BuiltinFn)] = &[
    ("__init__", |_, _, _| Ok(Value::None)),
    ("__await__", future_iter),
    ("__iter__", future_iter),
    ("result", |vm, a, _| fut(vm, a)?.result(vm)),
    ("exception", |vm, a, _| fut(vm, a)?.exception(vm)),
    ("set_result", |vm, a, _| {
        arity(vm, "set_result", a, 2, 2)?;
        let f = fut(vm, a)?;
        if f.task.is_some() {
            return Err(vm.runtime_error("Task does not support set_result operation"));
        }
        f.set_result(vm, &a[0], a[1].clone())?;
        Ok(Value::None)
    }),
    ("set_exception", |vm, a, _| {
        arity(vm, "set_exception", a, 2, 2)?;
        let f = fut(vm, a)?;
        if f.task.is_some() {
            return Err(vm.runtime_error("Task does not support set_exception operation"));
        }
        let e = match &a[1] {
            Value::Class(c) if c.layout == Layout::Exception => {
                match vm.call(&a[1], Args::default())? {
                    Value::Instance(i) if i.exc.is_some() => Exc(i),
                    _ => return Err(vm.type_error("invalid exception object")),
                }
            }
            Value::Instance(i) if i.exc.is_some() => Exc(i.clone()),
            _ => return Err(vm.type_error("invalid exception object")),
        };
        if Rc::ptr_eq(e.class(), &vm.t.stop_iteration) {
            return Err(vm.type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        f.set_exception(vm, &a[0], e)?;
        Ok(Value::None)
    }),
    ("cancel", |vm, a, kw| {
        arity(vm, "cancel", a, 1, 2)?;
        let msg = a
            .get(1)
            .or_else(|| kwarg(kw, "msg"))
            .cloned()
            .unwrap_or(Value::None);
        Ok(Value::Bool(task::cancel(vm, &a[0], msg)?))
    }),
    ("cancelled", |vm, a, _| {
        Ok(Value::Bool(
            fut(vm, a)?.state.get() == super::future::State::Cancelled,
        ))
    }),
    ("done", |vm, a, _| Ok(Value::Bool(fut(vm, a)?.done()))),
    ("add_done_callback", |vm, a, _| {
        arity(vm, "add_done_callback", a, 2, 2)?;
        let f = fut(vm, a)?;
        f.add_callback(&a[0], Callback::Py(a[1].clone()));
        Ok(Value::None)
    }),
    ("remove_done_callback", |vm, a, _| {
        arity(vm, "remove_done_callback", a, 2, 2)?;
        let f = fut(vm, a)?;
        // Which to remove is decided first (__eq__ may run Python code),
        // then the others are kept, in order.
        let remove = f.with_callbacks(|cbs| {
            cbs.iter()
                .map(|cb| match cb {
                    Callback::Py(func) => Ok(func.is(&a[1]) || vm.eq(func, &a[1])?),
                    Callback::Wakeup(_) => Ok(false),
                })
                .collect::<R<Vec<bool>>>()
        })?;
        let all = f.take_callbacks().into_vec();
        let before = all.len();
        let kept: Vec<Callback> = all
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !remove.get(*i).copied().unwrap_or(false))
            .map(|(_, cb)| cb)
            .collect();
        let removed = before - kept.len();
        f.set_callbacks(Callbacks::from_vec(kept));
        Ok(Value::Int(removed as i64))
    }),
    ("get_loop", |vm, a, _| {
        let f = fut(vm, a)?;
        Ok(loop_object(vm, &f.lp))
    }),
    ("_make_cancelled_error", |vm, a, _| {
        Ok(fut(vm, a)?.make_cancelled_error(vm).value())
    }),
    // The private attributes asyncio's Python code reads.
    ("__getattr__", |vm, a, _| {
        arity(vm, "__getattr__", a, 2, 2)?;
        let f = fut(vm, a)?;
        let name = vm.str_of(&a[1])?;
        Ok(match name.as_str() {
            "_cancel_message" => f.cancel_message(),
            "_state" => Value::str(f.state.get().name()),
            "_loop" => loop_object(vm, &f.lp),
            "_asyncio_future_blocking" => Value::Bool(f.blocking.get()),
            "_result" => f.result_value(),
            "_exception" => f.exception_exc().map_or(Value::None, |e| e.value()),
            "_must_cancel" => Value::Bool(f.task.as_ref().is_some_and(|t| t.must_cancel.get())),
            "_coro" if f.task.is_some() => f.task.as_ref().map_or(Value::None, |t| t.coro.clone()),
            "_fut_waiter" => f
                .task
                .as_ref()
                .and_then(|t| t.fut_waiter())
                .or_else(|| task::in_person_view(vm, &a[0]))
                .unwrap_or(Value::None),
            _ => return Err(vm.no_attr(&a[0], &Name::new(&name))),
        })
    }),
    ("__repr__", |vm, a, _| {
        let f = fut(vm, a)?;
        if f.task.is_some() {
            return Ok(Value::str(task::repr(vm, &a[0])?));
        }
        let info = super::future::repr_info(vm, f)?;
        let class = vm.type_of(&a[0]);
        Ok(Value::str(format!("<{} {}>", class.name, info.join(" "))))
    }),
];

// ---- tasks ---------------------------------------------------------------

pub(super) fn task_new(vm: &'static Vm, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(vm.type_error("Task.__new__(X): X is not a type object"));
    };
    let Some(coro) = a.get(1).or_else(|| kwarg(kw, "coro")) else {
        return Err(vm.type_error("Task.__init__() missing required argument 'coro' (pos 1)"));
    };
    let lp = match kwarg(kw, "loop") {
        Some(v) if !v.is_none() => loop_of(vm, v)?,
        _ => current_loop(vm),
    };
    task::new_task(vm, cls, &lp, coro.clone(), kwarg(kw, "name").cloned())
}

fn task_part<'a>(vm: &'static Vm, a: &'a [Value]) -> R<&'a task::TaskPart> {
    fut(vm, a)?
        .task
        .as_deref()
        .ok_or_else(|| vm.type_error("a Task was expected"))
}

pub(super) const TASK_METHODS: &[(&str, BuiltinFn)] = &[
    ("get_name", |vm, a, _| Ok(task_part(vm, a)?.name())),
    ("set_name", |vm, a, _| {
        arity(vm, "set_name", a, 2, 2)?;
        let t = task_part(vm, a)?;
        t.set_name(Value::str(vm.str_of(&a[1])?));
        Ok(Value::None)
    }),
    ("get_coro", |vm, a, _| Ok(task_part(vm, a)?.coro.clone())),
    ("cancelling", |vm, a, _| {
        task_part(vm, a)?;
        Ok(Value::Int(task::cancelling(&a[0]) as i64))
    }),
    ("uncancel", |vm, a, _| {
        task_part(vm, a)?;
        Ok(Value::Int(task::uncancel(&a[0]) as i64))
    }),
    ("get_stack", |_, _, _| Ok(Value::list(Vec::new()))),
    ("print_stack", |_, _, _| Ok(Value::None)),
];
