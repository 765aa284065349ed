//! Metaclasses: classes deriving from `type`, whose instances are classes.
//! A class records its metaclass (`Class::metaclass`, None for `type`);
//! making a class calls the most derived metaclass of its bases, calling a
//! class goes through the metaclass's `__call__`, and operators on a class
//! (`iter(Color)`, `len(Color)`, `Color['RED']`) find their dunder methods on
//! the metaclass, as operators on an instance find them on its class.

use std::rc::Rc;

use super::{Args, Vm, R};
use crate::runtime::*;

impl Vm {
    /// The metaclass a new class gets: the explicit one or `type`, made
    /// more derived by the bases' metaclasses. None stands for `type`.
    pub fn winning_metaclass(
        &self,
        explicit: Option<&Rc<Class>>,
        bases: &[Rc<Class>],
    ) -> R<Option<Rc<Class>>> {
        let mut winner = explicit.cloned().unwrap_or_else(|| self.t.type_.clone());
        for b in bases {
            let Some(m) = &b.metaclass else { continue };
            if winner.is_subclass(m) {
                continue;
            }
            if m.is_subclass(&winner) {
                winner = m.clone();
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok((!Rc::ptr_eq(&winner, &self.t.type_)).then_some(winner))
    }

    /// Calling a metaclass (`Meta(name, bases, ns)`): its `__new__`, then
    /// its `__init__` when `__new__` made an instance of it.
    pub fn instantiate_metaclass(&'static self, meta: &Rc<Class>, args: Args) -> R<Value> {
        let new = meta
            .lookup(&self.n.new)
            .ok_or_else(|| self.type_error("metaclass has no __new__"))?;
        let mut a = Args::new(vec![Value::Class(meta.clone())]);
        a.pos.extend(args.pos.iter().cloned());
        a.kw = args.kw.clone();
        let cls = self.call(&new, a)?;
        if self.type_of(&cls).is_subclass(meta) {
            if let Some(init) = meta.lookup(&self.n.init) {
                self.call_bound(&init, &cls, args)?;
            }
        }
        Ok(cls)
    }

    /// `type.__new__(mcls, name, bases, ns, **kw)`: a class whose type is
    /// `mcls` (or a more derived metaclass of its bases).
    pub fn type_new(&'static self, a: &[Value], kw: &[(Name, Value)]) -> R<Value> {
        let Some(Value::Class(mcls)) = a.first() else {
            return Err(self.type_error("type.__new__(X): X is not a type object"));
        };
        if a.len() == 2 && Rc::ptr_eq(mcls, &self.t.type_) {
            return Ok(Value::Class(self.type_of(&a[1])));
        }
        if a.len() != 4 {
            return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
        }
        let Value::Str(name) = &a[1] else {
            return Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.type_name(&a[1])
            )));
        };
        let Value::Tuple(bases) = &a[2] else {
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.type_name(&a[2])
            )));
        };
        let mut base_classes = Vec::new();
        for b in bases.iter() {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        let mut attrs = Attrs::default();
        for k in self.mapping_keys(&a[3])? {
            let v = self.getitem(&a[3], &k)?;
            attrs.insert(Name::new(&self.str_of(&k)?), v);
        }
        let meta = self.winning_metaclass(Some(mcls), &base_classes)?;
        let class =
            super::types::new_class_of(self, Name::new(&name.text), base_classes, attrs, meta)?;
        self.finish_class(&class, kw.to_vec())?;
        Ok(Value::Class(class))
    }

    /// A dunder method that a class's metaclass defines in Python, for an
    /// operator applied to the class.
    pub fn meta_dunder(&self, v: &Value, name: &Name) -> Option<Value> {
        let Value::Class(c) = v else { return None };
        let m = c.metaclass.as_ref()?;
        m.lookup(name).filter(|f| !matches!(f, Value::Builtin(_)))
    }
}
