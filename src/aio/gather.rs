//! asyncio.gather's machinery in Rust: the loop over its arguments and the
//! done-callback each child gets, following CPython 3.11's tasks.py line
//! by line (the same callback order, the same first-error rule, the same
//! result list). A crawler gathers a hundred thousand children; in weft's
//! Python this bookkeeping cost more than running the children.
//!
//! asyncio.py keeps the entry point (`gather` with no arguments) and
//! `_GatheringFuture`, whose `cancel` cancels the children; both come in as
//! arguments of `_asyncio._gather`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::future::{as_future, FutureObj, State};
use super::sync::{native_class, state};
use super::types;
use crate::interp::{Args, Vm, R};
use crate::runtime::*;
use crate::stdlib::arity;

/// What one gather shares with the callbacks of its children.
#[derive(Default)]
pub struct GatherState {
    /// The children's list, the one `_GatheringFuture` holds too (as in
    /// tasks.py, where the callback and the outer future share it).
    children: RefCell<Rc<RefCell<Vec<Value>>>>,
    nfuts: Cell<usize>,
    nfinished: Cell<usize>,
    return_exceptions: Cell<bool>,
    outer: RefCell<Option<Value>>,
}

fn call(vm: &'static Vm, obj: &Value, name: &str, args: Vec<Value>) -> R<Value> {
    vm.call_method(obj, &Name::new(name), Args::new(args))
}

fn cancelled(vm: &'static Vm, fut: &Value) -> R<bool> {
    match as_future(fut) {
        Some(f) => Ok(f.state.get() == State::Cancelled),
        None => vm.truthy(&call(vm, fut, "cancelled", vec![])?),
    }
}

fn done(vm: &'static Vm, fut: &Value) -> R<bool> {
    match as_future(fut) {
        Some(f) => Ok(f.done()),
        None => vm.truthy(&call(vm, fut, "done", vec![])?),
    }
}

fn exception(vm: &'static Vm, fut: &Value) -> R<Value> {
    match as_future(fut) {
        Some(f) => f.exception(vm),
        None => call(vm, fut, "exception", vec![]),
    }
}

fn make_cancelled_error(vm: &'static Vm, fut: &Value) -> R<Value> {
    match as_future(fut) {
        Some(f) => Ok(f.make_cancelled_error(vm).value()),
        None => call(vm, fut, "_make_cancelled_error", vec![]),
    }
}

fn outer_future<'a>(vm: &'static Vm, outer: &'a Value) -> R<&'a FutureObj> {
    as_future(outer).ok_or_else(|| vm.type_error("gather's outer future is not a Future"))
}

fn set_exception(vm: &'static Vm, outer: &Value, exc: Value) -> R<()> {
    let e = vm.to_exception(exc, "exceptions must derive from BaseException")?;
    outer_future(vm, outer)?.set_exception(vm, outer, e)
}

/// `_done_callback(fut)` of tasks.py's gather.
fn done_callback(vm: &'static Vm, s: &GatherState, fut: &Value) -> R<()> {
    s.nfinished.set(s.nfinished.get() + 1);
    let outer = s.outer.borrow().clone();
    let outer = match outer {
        Some(o) if !done(vm, &o)? => o,
        _ => {
            if !cancelled(vm, fut)? {
                // Marks the exception retrieved.
                exception(vm, fut)?;
            }
            return Ok(());
        }
    };
    if !s.return_exceptions.get() {
        if cancelled(vm, fut)? {
            let exc = make_cancelled_error(vm, fut)?;
            return set_exception(vm, &outer, exc);
        }
        let exc = exception(vm, fut)?;
        if !exc.is_none() {
            return set_exception(vm, &outer, exc);
        }
    }
    if s.nfinished.get() == s.nfuts.get() {
        let children = s.children.borrow().clone();
        let n = children.borrow().len();
        let mut results = Vec::with_capacity(n);
        for i in 0..n {
            // One at a time: the callbacks below may run Python code.
            let Some(child) = children.borrow().get(i).cloned() else {
                break;
            };
            let child = &child;
            let res = if cancelled(vm, child)? {
                let msg = match as_future(child) {
                    Some(f) => f.cancel_message(),
                    None => vm.getattr(child, &Name::new("_cancel_message"))?,
                };
                let msg = if msg.is_none() { Value::str("") } else { msg };
                vm.exc_with_args(&types(vm).cancelled_error, vec![msg])
                    .value()
            } else {
                match exception(vm, child)? {
                    Value::None => match as_future(child) {
                        Some(f) => f.result(vm)?,
                        None => call(vm, child, "result", vec![])?,
                    },
                    e => e,
                }
            };
            results.push(res);
        }
        let requested = vm.getattr(&outer, &Name::new("_cancel_requested"))?;
        if vm.truthy(&requested)? {
            let exc = make_cancelled_error(vm, fut)?;
            set_exception(vm, &outer, exc)?;
        } else {
            outer_future(vm, &outer)?.set_result(vm, &outer, Value::list(results))?;
        }
    }
    Ok(())
}

const CALLBACK_METHODS: &[(&str, BuiltinFn)] = &[("__call__", |vm, a, _| {
    arity(vm, "_done_callback", a, 2, 2)?;
    let s = state::<Rc<GatherState>>(vm, &a[0], "_done_callback")?.clone();
    done_callback(vm, &s, &a[1])?;
    Ok(Value::None)
})];

/// The class of gather's per-child callbacks.
pub fn callback_class(vm: &'static Vm) -> Rc<Class> {
    native_class::<Rc<GatherState>>(
        vm,
        "_done_callback",
        "asyncio.tasks",
        CALLBACK_METHODS,
        None,
        vec![],
    )
}

/// Whether `v` is one of gather's callbacks (for reprs of futures, which
/// name it as CPython names its closure).
pub fn is_callback(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.data::<Rc<GatherState>>().is_some())
}

/// `_asyncio._gather(args, return_exceptions, ensure_future, gathering_future)`:
/// gather's body for one or more arguments.
pub fn gather(vm: &'static Vm, a: &[Value], _: &[(Name, Value)]) -> R<Value> {
    arity(vm, "_gather", a, 4, 4)?;
    // The arguments' tuple as it is (a hundred thousand tasks: no copy).
    let args = match &a[0] {
        Value::Tuple(t) => t.clone(),
        other => Rc::new(vm.to_vec(other)?),
    };
    let ensure_future = &a[2];
    let s = Rc::new(GatherState::default());
    s.return_exceptions.set(vm.truthy(&a[1])?);
    let callback = Instance::with_data(types(vm).gather_callback.clone(), s.clone());

    // Children by argument: the same coroutine or future passed twice is
    // one child (tasks.py keeps a dict). A native future is its own child:
    // a mark on it finds it again (the marks go when this returns, however
    // it returns). A coroutine compares by identity and is found by
    // address; anything else (which may define __eq__) goes through a dict.
    let _marks = ClearMarks(args.clone());
    let mut by_identity: hashbrown::HashMap<usize, usize> = hashbrown::HashMap::new();
    let mut arg_to_fut: Option<Value> = None;
    let mut children: Vec<Value> = Vec::with_capacity(args.len());
    let mut lp: Option<Value> = None;
    for arg in args.iter() {
        let seen = match arg {
            Value::Future(f) => {
                if f.gathered.replace(true) {
                    children.push(arg.clone());
                    continue;
                }
                Seen::Marked
            }
            Value::Generator(_) => {
                let id = arg.ptr().unwrap_or(0);
                if let Some(&i) = by_identity.get(&id) {
                    children.push(children[i].clone());
                    continue;
                }
                Seen::Address(id)
            }
            _ => {
                let d = arg_to_fut.get_or_insert_with(|| Value::dict(Dict::new()));
                if vm.contains(d, arg)? {
                    children.push(vm.getitem(d, arg)?);
                    continue;
                }
                Seen::Dict
            }
        };
        let fut = match as_future(arg) {
            Some(f) if lp.as_ref().is_none_or(|l| lp_is(vm, l, f)) => arg.clone(),
            _ => {
                let kw = vec![(Name::new("loop"), lp.clone().unwrap_or(Value::None))];
                vm.call(
                    ensure_future,
                    Args {
                        pos: vec![arg.clone()],
                        kw,
                    },
                )?
            }
        };
        if lp.is_none() {
            lp = Some(match as_future(&fut) {
                Some(f) => super::api::loop_object(vm, &f.lp),
                None => call(vm, &fut, "get_loop", vec![])?,
            });
        }
        s.nfuts.set(s.nfuts.get() + 1);
        match seen {
            Seen::Marked => {}
            Seen::Address(id) => {
                by_identity.insert(id, children.len());
            }
            Seen::Dict => {
                if let Some(d) = &arg_to_fut {
                    vm.setitem(d, arg.clone(), fut.clone())?;
                }
            }
        }
        match as_future(&fut) {
            Some(f) => f.add_callback(&fut, super::future::Callback::Py(callback.clone())),
            None => {
                call(vm, &fut, "add_done_callback", vec![callback.clone()])?;
            }
        }
        children.push(fut);
    }
    drop(args);
    let list = Rc::new(RefCell::new(children));
    let children = Value::List(list.clone());
    let kw = vec![(Name::new("loop"), lp.unwrap_or(Value::None))];
    let outer = vm.call(
        &a[3],
        Args {
            pos: vec![children.clone()],
            kw,
        },
    )?;
    *s.children.borrow_mut() = list;
    *s.outer.borrow_mut() = Some(outer.clone());
    Ok(outer)
}

/// How an argument of gather is found again if passed twice.
enum Seen {
    Marked,
    Address(usize),
    Dict,
}

/// Clears the marks gather put on the native futures among its arguments.
struct ClearMarks(Rc<Vec<Value>>);

impl Drop for ClearMarks {
    fn drop(&mut self) {
        for arg in self.0.iter() {
            if let Value::Future(f) = arg {
                f.gathered.set(false);
            }
        }
    }
}

/// Whether future `f` belongs to the loop object `l` (a future of another
/// loop goes through `_ensure_future`, which raises CPython's error).
fn lp_is(vm: &'static Vm, l: &Value, f: &FutureObj) -> bool {
    super::api::loop_object(vm, &f.lp).is(l)
}
