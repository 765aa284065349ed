//! Exception groups: `BaseExceptionGroup.__new__`'s checks, `split`,
//! `subgroup` and `derive`, and the bookkeeping of `except*`, which CPython
//! does in `_PyExc_PrepReraiseStar`. A group keeps its message and
//! sub-exceptions as its two arguments.

use std::rc::Rc;

use super::{Args, Exc, Vm, R};
use crate::runtime::*;

/// What selects the sub-exceptions of a split.
enum Matcher<'a> {
    /// An exception type, a tuple of them, or a predicate.
    Condition(&'a Value),
    /// The leaves with these identities (re-raised parts of a group).
    Leaves(&'a [usize]),
}

impl Vm {
    pub fn is_group(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.class.is_subclass(&self.t.base_exception_group))
    }

    /// `BaseExceptionGroup(message, exceptions)`: the checks, and the
    /// choice of ExceptionGroup when every sub-exception is an Exception.
    pub fn new_group(&'static self, cls: &Rc<Class>, args: &[Value]) -> R<Value> {
        let name = cls.name.as_str();
        if args.len() != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        if !matches!(args[0], Value::Str(_)) {
            return Err(self.type_error(format!(
                "argument 1 must be str, not {}",
                self.type_name(&args[0])
            )));
        }
        let excs = match &args[1] {
            Value::List(_) | Value::Tuple(_) => self.to_vec(&args[1])?,
            _ => {
                return Err(self.type_error("second argument (exceptions) must be a sequence"));
            }
        };
        if excs.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut all_exceptions = true;
        for (i, e) in excs.iter().enumerate() {
            match e {
                Value::Instance(x) if x.exc.is_some() => {
                    all_exceptions &= x.class.is_subclass(&self.t.exception);
                }
                _ => {
                    return Err(self.value_error(format!(
                        "Item {i} of second argument (exceptions) is not an exception"
                    )))
                }
            }
        }
        let base_group = &self.t.base_exception_group;
        let class = if Rc::ptr_eq(cls, base_group) && all_exceptions {
            self.t.exception_group.clone()
        } else {
            if cls.is_subclass(&self.t.exception) && !all_exceptions {
                let msg = if Rc::ptr_eq(cls, &self.t.exception_group) {
                    "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
                } else {
                    format!("Cannot nest BaseExceptions in '{name}'")
                };
                return Err(self.type_error(msg));
            }
            cls.clone()
        };
        Ok(self.new_instance(&class, &Args::new(args.to_vec())))
    }

    /// A group's sub-exceptions.
    pub fn group_items(&'static self, group: &Value) -> R<Vec<Value>> {
        let Value::Instance(i) = group else {
            return Ok(Vec::new());
        };
        let items = match &i.exc {
            Some(e) => e.borrow().args.get(1).cloned(),
            None => None,
        };
        match items {
            Some(v) => self.to_vec(&v),
            None => Ok(Vec::new()),
        }
    }

    /// `group.split(condition)`: the matching and the other sub-exceptions,
    /// each as a group of the same shape (or None).
    pub fn group_split(&'static self, group: &Value, condition: &Value) -> R<(Value, Value)> {
        let condition = self.check_condition(condition)?;
        self.split(group, &Matcher::Condition(&condition), true)
    }

    /// Types, tuples of types and callables are conditions; a type that is
    /// not an exception type is an error.
    fn check_condition(&self, c: &Value) -> R<Value> {
        let ok = match c {
            Value::Class(k) => k.layout == Layout::Exception,
            Value::Tuple(t) => t
                .iter()
                .all(|x| matches!(x, Value::Class(k) if k.layout == Layout::Exception)),
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) => true,
            _ => false,
        };
        if ok {
            Ok(c.clone())
        } else {
            Err(self.type_error("expected a function, exception type or tuple of exception types"))
        }
    }

    fn matches(&'static self, e: &Value, m: &Matcher) -> R<bool> {
        match m {
            Matcher::Leaves(ids) => Ok(e.ptr().is_some_and(|p| ids.contains(&p))),
            Matcher::Condition(c @ (Value::Class(_) | Value::Tuple(_))) => {
                let Value::Instance(i) = e else {
                    return Ok(false);
                };
                self.exception_matches(&Exc(i.clone()), c)
            }
            Matcher::Condition(f) => {
                let r = self.call(f, Args::new(vec![e.clone()]))?;
                self.truthy(&r)
            }
        }
    }

    /// CPython's `exceptiongroup_split_recursive`.
    fn split(&'static self, e: &Value, m: &Matcher, with_rest: bool) -> R<(Value, Value)> {
        if self.matches(e, m)? {
            return Ok((e.clone(), Value::None));
        }
        if !self.is_group(e) {
            let rest = if with_rest { e.clone() } else { Value::None };
            return Ok((Value::None, rest));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for x in self.group_items(e)? {
            let (a, b) = self.split(&x, m, with_rest)?;
            if !a.is_none() {
                matched.push(a);
            }
            if !b.is_none() {
                rest.push(b);
            }
        }
        let matched = self.derive_and_copy(e, matched)?;
        let rest = self.derive_and_copy(e, rest)?;
        Ok((matched, rest))
    }

    /// `group.derive(items)`, carrying over traceback, cause, context and
    /// notes; None for no items.
    fn derive_and_copy(&'static self, group: &Value, items: Vec<Value>) -> R<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let derived = self.call_method(
            group,
            &Name::new("derive"),
            Args::new(vec![Value::list(items)]),
        )?;
        if let (Value::Instance(from), Value::Instance(to)) = (group, &derived) {
            if let (Some(from), Some(to)) = (&from.exc, &to.exc) {
                let from = from.borrow();
                let mut to = to.borrow_mut();
                to.traceback = from.traceback.clone();
                to.cause = from.cause.clone();
                to.context = from.context.clone();
                to.suppress_context = from.suppress_context;
                to.notes = from.notes.clone();
            }
        }
        Ok(derived)
    }

    fn leaf_ids(&'static self, e: &Value, out: &mut Vec<usize>) -> R<()> {
        if self.is_group(e) {
            for x in self.group_items(e)? {
                self.leaf_ids(&x, out)?;
            }
        } else if let Some(p) = e.ptr() {
            out.push(p);
        }
        Ok(())
    }
}

/// One `try ... except*` in progress: the part of the exception no handler
/// has taken yet, and what the handlers that ran raised.
pub struct StarHandling {
    original: Exc,
    rest: Value,
    raised: Vec<Value>,
    reraised: Vec<Value>,
}

impl StarHandling {
    pub fn new(e: Exc) -> StarHandling {
        StarHandling {
            rest: e.value(),
            original: e,
            raised: Vec::new(),
            reraised: Vec::new(),
        }
    }

    /// The part of what is left that an `except* typ` clause takes: a
    /// group (a lone exception is wrapped in one), or None.
    pub fn take(&mut self, vm: &'static Vm, typ: &Value) -> R<Option<Exc>> {
        if let Value::Class(c) = typ {
            if c.is_subclass(&vm.t.base_exception_group) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        if let Value::Tuple(t) = typ {
            let is_group = |x: &Value| matches!(x, Value::Class(c) if c.is_subclass(&vm.t.base_exception_group));
            if t.iter().any(is_group) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        if self.rest.is_none() {
            return Ok(None);
        }
        let (matched, rest) = if vm.is_group(&self.rest) {
            vm.split(&self.rest, &Matcher::Condition(typ), true)?
        } else {
            let Value::Instance(i) = &self.rest else {
                return Ok(None);
            };
            if !vm.exception_matches(&Exc(i.clone()), typ)? {
                return Ok(None);
            }
            let wrapper = vm.new_group(
                &vm.t.exception_group,
                &[Value::str(""), Value::tuple(vec![self.rest.clone()])],
            )?;
            if let (Some(from), Value::Instance(to)) = (&i.exc, &wrapper) {
                if let Some(to) = &to.exc {
                    to.borrow_mut().traceback = from.borrow().traceback.clone();
                }
            }
            (wrapper, Value::None)
        };
        self.rest = rest;
        match matched {
            Value::Instance(i) => Ok(Some(Exc(i))),
            _ => Ok(None),
        }
    }

    /// How the handler that took `matched` ended: an exception it raised
    /// (`matched` itself when it re-raised) is kept for the end.
    pub fn handled(&mut self, matched: &Exc, r: R<()>) {
        if let Err(e) = r {
            if Rc::ptr_eq(&e.0, &matched.0) {
                self.reraised.push(e.value());
            } else {
                self.raised.push(e.value());
            }
        }
    }

    /// After the last clause: nothing, or the exception to propagate —
    /// what handlers raised, with the re-raised and untaken parts of the
    /// original group kept in its shape.
    pub fn finish(mut self, vm: &'static Vm) -> R<()> {
        if !self.rest.is_none() {
            self.reraised.push(self.rest.clone());
        }
        let original = self.original.value();
        if !vm.is_group(&original) {
            // A lone exception: only one clause can have run.
            let e = self.raised.pop().or_else(|| self.reraised.pop());
            return match e {
                Some(Value::Instance(i)) => Err(Exc(i)),
                _ => Ok(()),
            };
        }
        let mut ids = Vec::new();
        for e in &self.reraised {
            vm.leaf_ids(e, &mut ids)?;
        }
        let reraised = if ids.is_empty() {
            Value::None
        } else {
            vm.split(&original, &Matcher::Leaves(&ids), false)?.0
        };
        let mut raised = self.raised;
        if !reraised.is_none() {
            raised.push(reraised);
        }
        let e = match raised.len() {
            0 => return Ok(()),
            1 => raised.pop().unwrap_or(Value::None),
            _ => vm.new_group(
                &vm.t.base_exception_group,
                &[Value::str(""), Value::list(raised)],
            )?,
        };
        match e {
            Value::Instance(i) => Err(Exc(i)),
            _ => Ok(()),
        }
    }
}
