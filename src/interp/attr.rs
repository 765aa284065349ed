//! Attribute access: descriptors (functions bind, properties compute,
//! class- and staticmethods), instance dictionaries, `__getattr__`, and
//! the attributes built-in objects expose.

use std::rc::Rc;

use super::call::Args;
use super::{Vm, R};
use crate::runtime::*;

impl Vm {
    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.t;
        match v {
            Value::None => t.none.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            // Never seen by programs: it stays inside its instance.
            Value::Opaque(_) => t.object.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class.clone(),
            Value::Future(f) => f.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iter(it) => match &*it.borrow() {
                NativeIter::Seq {
                    seq: Value::Tuple(_),
                    ..
                } => t.tuple_iterator.clone(),
                NativeIter::Seq { .. } => t.list_iterator.clone(),
                NativeIter::Range { .. } => t.range_iterator.clone(),
                NativeIter::Str { .. } => t.str_iterator.clone(),
                NativeIter::DictKeys {
                    kind: DictView::Keys,
                    ..
                } => t.dict_keyiterator.clone(),
                NativeIter::DictKeys {
                    kind: DictView::Values,
                    ..
                } => t.dict_valueiterator.clone(),
                NativeIter::DictKeys {
                    kind: DictView::Items,
                    ..
                } => t.dict_itemiterator.clone(),
                NativeIter::Set { .. } => t.set_iterator.clone(),
                NativeIter::Reversed { .. } => t.reversed.clone(),
                NativeIter::Enumerate { .. } => t.enumerate.clone(),
                NativeIter::Zip { .. } => t.zip.clone(),
                NativeIter::Map { .. } => t.map.clone(),
                NativeIter::Filter { .. } => t.filter.clone(),
                NativeIter::Callable { .. } | NativeIter::Exhausted => t.callable_iterator.clone(),
            },
            Value::View(v) => match v.kind {
                DictView::Keys => t.dict_keys.clone(),
                DictView::Values => t.dict_values.clone(),
                DictView::Items => t.dict_items.clone(),
            },
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::File(_) => t.file.clone(),
            Value::Cell(_) => t.cell.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> Name {
        self.type_of(v).name.clone()
    }

    pub fn getattr(&'static self, obj: &Value, name: &Name) -> R<Value> {
        if let Value::Instance(i) = obj {
            let hooks = i
                .class
                .hooks(&self.n.getattribute, &self.n.setattr, &self.n.slots);
            if hooks & HOOK_GETATTRIBUTE != 0 {
                if let Some(ga) = i.class.lookup(&self.n.getattribute) {
                    let r = self.call_bound(&ga, obj, Args::new(vec![Value::str(name.as_str())]));
                    return match r {
                        Err(e) if self.exc_is(&e, &self.t.attribute_error) => match i
                            .class
                            .lookup(&self.n.getattr)
                        {
                            Some(g) => {
                                self.call_bound(&g, obj, Args::new(vec![Value::str(name.as_str())]))
                            }
                            None => Err(e),
                        },
                        other => other,
                    };
                }
            }
        }
        self.generic_getattr(obj, name)
    }

    /// Attribute lookup without a user-defined `__getattribute__`
    /// (object.__getattribute__).
    pub fn generic_getattr(&'static self, obj: &Value, name: &Name) -> R<Value> {
        match obj {
            Value::Instance(i) => {
                // The instance's own attributes first: a data descriptor
                // (property) never leaves a value in the instance dict.
                if let Some(v) = i.dict.borrow().get(name) {
                    return Ok(v);
                }
                let class_attr = i.class.lookup(name);
                if let Some(Value::Property(p)) = &class_attr {
                    return self.property_get(p, obj, name);
                }
                if let Some(a) = class_attr {
                    return self.bind(a, obj);
                }
                if let Some(v) = self.instance_special(i, obj, name)? {
                    return Ok(v);
                }
                if let Some(ga) = i.class.lookup(&self.n.getattr) {
                    return self.call_bound(&ga, obj, Args::new(vec![Value::str(name.as_str())]));
                }
                Err(self.no_attr(obj, name))
            }
            Value::Class(c) => self.class_getattr(c, obj, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get(name) {
                    return Ok(v.clone());
                }
                if name == &self.n.dict {
                    return Ok(self.attrs_to_dict(m.dict.borrow().iter()));
                }
                Err(self.attr_error(format!("module '{}' has no attribute '{name}'", m.name)))
            }
            Value::Super(s) => self.super_getattr(s, name),
            _ => {
                if let Value::Future(f) = obj {
                    if let Some(v) = f.attr(name) {
                        return Ok(v);
                    }
                }
                let cls = self.type_of(obj);
                if let Some(a) = cls.lookup(name) {
                    return self.bind(a, obj);
                }
                if let Some(v) = self.native_attr(obj, name)? {
                    return Ok(v);
                }
                // Native futures answer asyncio's private names this way.
                if let Some(ga) = cls.lookup(&self.n.getattr) {
                    return self.call_bound(&ga, obj, Args::new(vec![Value::str(name.as_str())]));
                }
                Err(self.no_attr(obj, name))
            }
        }
    }

    /// AttributeError: `'X' object has no attribute 'name'`.
    pub fn no_attr(&self, obj: &Value, name: &Name) -> super::Exc {
        // asyncio's Future and Task are C types, named with their module.
        let module = if matches!(obj, Value::Future(_)) {
            "_asyncio."
        } else {
            ""
        };
        self.attr_error(format!(
            "'{module}{}' object has no attribute '{name}'",
            self.type_name(obj)
        ))
    }

    fn property_get(&'static self, p: &Property, obj: &Value, name: &Name) -> R<Value> {
        if p.fget.is_none() {
            return Err(self.attr_error(format!(
                "property '{name}' of '{}' object has no getter",
                self.type_name(obj)
            )));
        }
        self.call(&p.fget, Args::new(vec![obj.clone()]))
    }

    /// An attribute found on the class, seen through an instance.
    pub fn bind(&'static self, a: Value, obj: &Value) -> R<Value> {
        Ok(match a {
            Value::Function(_) | Value::Builtin(_) => Value::Method(Rc::new(Method {
                func: a,
                receiver: obj.clone(),
            })),
            Value::ClassMethod(f) => Value::Method(Rc::new(Method {
                func: (*f).clone(),
                receiver: Value::Class(self.type_of(obj)),
            })),
            Value::StaticMethod(f) => (*f).clone(),
            Value::Property(p) => self.call(&p.fget, Args::new(vec![obj.clone()]))?,
            Value::Instance(ref d) => match d.class.lookup(&self.n.get) {
                Some(get) => self.call_bound(
                    &get,
                    &a,
                    Args::new(vec![obj.clone(), Value::Class(self.type_of(obj))]),
                )?,
                None => a,
            },
            other => other,
        })
    }

    fn class_getattr(&'static self, c: &Rc<Class>, obj: &Value, name: &Name) -> R<Value> {
        // type's data descriptors come before the class's own attributes
        // (a class whose instances have a `__name__` property keeps its name).
        match name.as_str() {
            "__name__" => return Ok(Value::str(c.name.as_str())),
            "__mro__" => {
                return Ok(Value::tuple(
                    c.mro_iter().map(|k| Value::Class(k.clone())).collect(),
                ))
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    c.bases.iter().map(|k| Value::Class(k.clone())).collect(),
                ))
            }
            _ => {}
        }
        if let Some(a) = c.lookup(name) {
            return Ok(match a {
                Value::ClassMethod(f) => Value::Method(Rc::new(Method {
                    func: (*f).clone(),
                    receiver: obj.clone(),
                })),
                Value::StaticMethod(f) => (*f).clone(),
                Value::Instance(ref d) => match d.class.lookup(&self.n.get) {
                    Some(get) => {
                        self.call_bound(&get, &a, Args::new(vec![Value::None, obj.clone()]))?
                    }
                    None => a,
                },
                other => other,
            });
        }
        let n = name.as_str();
        Ok(match n {
            "__qualname__" => Value::str(&**c.qualname.borrow()),
            "__module__" => Value::str(&**c.module.borrow()),
            "__doc__" => Value::None,
            "__base__" => c
                .bases
                .first()
                .map_or(Value::None, |b| Value::Class(b.clone())),
            "__dict__" => self.attrs_to_dict(c.dict.borrow().iter()),
            "__class__" => Value::Class(self.type_of(obj)),
            _ => {
                // Methods of `type` itself (mro), then of the metaclass.
                let meta = c.metaclass.clone().unwrap_or_else(|| self.t.type_.clone());
                if let Some(a) = meta.lookup(name) {
                    return self.bind(a, obj);
                }
                if let Some(ga) = c.metaclass.as_ref().and_then(|m| m.lookup(&self.n.getattr)) {
                    return self.call_bound(&ga, obj, Args::new(vec![Value::str(n)]));
                }
                return Err(self.attr_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    c.name
                )));
            }
        })
    }

    fn super_getattr(&'static self, s: &SuperObj, name: &Name) -> R<Value> {
        // super(C, cls) in a classmethod searches cls's MRO; otherwise the
        // MRO of the object's type (a class's metaclass, for a class).
        let (start, class_level) = match &s.obj {
            Value::Class(c) if c.is_subclass(&s.after) => (c.clone(), true),
            other => (self.type_of(other), false),
        };
        let mut found = false;
        for c in start.mro_iter() {
            if found {
                if let Some(a) = c.dict.borrow().get(name).cloned() {
                    return match (class_level, a) {
                        (true, Value::Function(f)) => Ok(Value::Function(f)),
                        (true, Value::ClassMethod(f)) => Ok(Value::Method(Rc::new(Method {
                            func: (*f).clone(),
                            receiver: s.obj.clone(),
                        }))),
                        (_, a) => self.bind(a, &s.obj),
                    };
                }
            } else if Rc::ptr_eq(c, &s.after) {
                found = true;
            }
        }
        Err(self.attr_error(format!("'super' object has no attribute '{name}'")))
    }

    /// Attributes every instance has without storing them.
    fn instance_special(
        &'static self,
        i: &Rc<Instance>,
        obj: &Value,
        name: &Name,
    ) -> R<Option<Value>> {
        Ok(Some(match name.as_str() {
            "__class__" => Value::Class(i.class.clone()),
            "__dict__" => {
                let hooks = i
                    .class
                    .hooks(&self.n.getattribute, &self.n.setattr, &self.n.slots);
                if hooks & HOOK_SLOTS != 0 && !self.is_slot(&i.class, name)? {
                    return Err(self.attr_error(format!(
                        "'{}' object has no attribute '__dict__'",
                        i.class.name
                    )));
                }
                Value::Dict(i.dict.borrow_mut().share())
            }
            _ => match &i.exc {
                Some(e) => {
                    let e = e.borrow();
                    match name.as_str() {
                        "args" => Value::tuple(e.args.clone()),
                        "__cause__" => e.cause.clone().unwrap_or(Value::None),
                        "__context__" => e.context.clone().unwrap_or(Value::None),
                        "__suppress_context__" => Value::Bool(e.suppress_context),
                        "__traceback__" => {
                            drop(e);
                            return Ok(Some(self.traceback_of(&super::Exc(i.clone()))));
                        }
                        "__notes__" if !e.notes.is_empty() => Value::list(e.notes.clone()),
                        "value" if i.class.is_subclass(&self.t.stop_iteration) => {
                            e.args.first().cloned().unwrap_or(Value::None)
                        }
                        "code" if i.class.is_subclass(&self.t.system_exit) => {
                            e.args.first().cloned().unwrap_or(Value::None)
                        }
                        n if i.class.is_subclass(&self.t.os_error) => {
                            match self.os_error_attr(&e, &i.class, n) {
                                Some(r) => r?,
                                None => return Ok(None),
                            }
                        }
                        "encoding" | "object" | "start" | "end" | "reason"
                            if i.class.is_subclass(&self.t.unicode_decode_error)
                                || i.class.is_subclass(&self.t.unicode_encode_error) =>
                        {
                            // UnicodeError's attributes start as its five args.
                            let idx = match name.as_str() {
                                "encoding" => 0,
                                "object" => 1,
                                "start" => 2,
                                "end" => 3,
                                _ => 4,
                            };
                            match e.args.get(idx) {
                                Some(v) if e.args.len() == 5 => v.clone(),
                                _ => Value::None,
                            }
                        }
                        "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno"
                        | "end_offset"
                            if i.class.is_subclass(&self.t.syntax_error) =>
                        {
                            let at = |k: usize| match e.args.get(1) {
                                Some(Value::Tuple(t)) => t.get(k).cloned().unwrap_or(Value::None),
                                _ => Value::None,
                            };
                            match name.as_str() {
                                "msg" => e.args.first().cloned().unwrap_or(Value::None),
                                "filename" => at(0),
                                "lineno" => at(1),
                                "offset" => at(2),
                                "text" => at(3),
                                "end_lineno" => at(4),
                                _ => at(5),
                            }
                        }
                        "exceptions" if i.class.is_subclass(&self.t.base_exception_group) => e
                            .args
                            .get(1)
                            .map(|l| Value::tuple(self.to_vec(l).unwrap_or_default()))
                            .unwrap_or(Value::None),
                        "message" if i.class.is_subclass(&self.t.base_exception_group) => {
                            e.args.first().cloned().unwrap_or(Value::None)
                        }
                        "name" if i.class.is_subclass(&self.t.name_error) => Value::None,
                        _ => return Ok(None),
                    }
                }
                None => {
                    let _ = obj;
                    return Ok(None);
                }
            },
        }))
    }

    /// Data attributes of built-in values.
    fn native_attr(&'static self, obj: &Value, name: &Name) -> R<Option<Value>> {
        let n = name.as_str();
        Ok(Some(match (obj, n) {
            (_, "__class__") => Value::Class(self.type_of(obj)),
            (Value::Function(f), "__name__") => Value::str(f.name.borrow().as_str()),
            (Value::Function(f), "__qualname__") => Value::str(&**f.qualname.borrow()),
            (Value::Function(f), "__doc__") => f.doc.borrow().clone(),
            (Value::Function(f), "__dict__") => Value::Dict(f.dict.borrow_mut().share()),
            (Value::Function(f), "__code__") => Value::Function(f.clone()),
            // A snapshot of the module's namespace (enough for eval-ing
            // forward references, as typing.get_type_hints does).
            (Value::Function(f), "__globals__") => {
                self.attrs_to_dict(f.globals.dict.borrow().iter())
            }
            (Value::Function(f), "__defaults__") => {
                if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }
            }
            (Value::Function(f), "co_argcount") => Value::Int(f.code.params.positional as i64),
            (Value::Function(f), "co_varnames") => Value::tuple(
                f.code
                    .local_names
                    .iter()
                    .map(|n| Value::str(n.as_str()))
                    .collect(),
            ),
            (Value::Function(f), "co_name") => Value::str(f.code.name.as_str()),
            (Value::Function(f), "co_filename") => Value::str(&*f.code.file),
            (Value::Function(f), "co_firstlineno") => Value::Int(f.code.line as i64),
            (Value::Function(f), "__closure__") => {
                if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }
            }
            (Value::Function(f), "__kwdefaults__") => {
                let names = &f.code.local_names[f.code.params.positional..];
                let mut d = Dict::new();
                for (n, v) in names.iter().zip(&f.kwdefaults) {
                    if let Some(v) = v {
                        self.dict_set(&mut d, Value::str(n.as_str()), v.clone())?;
                    }
                }
                if d.is_empty() {
                    Value::None
                } else {
                    Value::dict(d)
                }
            }
            (Value::Function(f), "__module__") => f.module.borrow().clone(),
            (Value::Function(f), "__annotations__") => f
                .annotations
                .borrow_mut()
                .get_or_insert_with(|| Value::dict(Dict::new()))
                .clone(),
            (Value::Function(f), _) => match f.dict.borrow().get(name) {
                Some(v) => v,
                None => return Ok(None),
            },
            (Value::Cell(c), "cell_contents") => match &*c.borrow() {
                Some(v) => v.clone(),
                None => return Err(self.value_error("Cell is empty")),
            },

            (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(b.name),
            (Value::Builtin(_), "__doc__") => Value::None,
            (Value::Builtin(b), "__module__") => b.module.map_or(Value::None, Value::str),
            (Value::Method(m), "__self__") => m.receiver.clone(),
            (Value::Method(m), "__func__") => m.func.clone(),
            (Value::Method(m), _) => return self.getattr(&m.func, name).map(Some),
            (Value::Range(r), "start") => Value::Int(r.start),
            (Value::Range(r), "stop") => Value::Int(r.stop),
            (Value::Range(r), "step") => Value::Int(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                }
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Complex(c), "real") => Value::Float(c.0),
            (Value::Complex(c), "imag") => Value::Float(c.1),
            (Value::Property(p), "fget") => p.fget.clone(),
            (Value::Property(p), "fset") => p.fset.clone(),
            (Value::Property(p), "fdel") => p.fdel.clone(),
            (Value::Property(p), "__doc__") => p.doc.clone(),
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__func__") => (**f).clone(),
            (Value::StaticMethod(f) | Value::ClassMethod(f), _) => {
                return self.getattr(f, name).map(Some)
            }
            (Value::Generator(g), "__name__") => Value::str(&*g.name),
            (Value::Generator(g), "__qualname__") => Value::str(&*g.qualname),
            (Value::Generator(g), "gi_running" | "cr_running" | "ag_running")
                if name.as_str()[..2] == *kind_prefix(g.kind) =>
            {
                Value::Bool(g.running.get())
            }
            (Value::File(f), "name") => f.name.clone(),
            (Value::File(f), "mode") => Value::str(&*f.mode),
            (Value::File(f), "closed") => {
                Value::Bool(matches!(*f.state.borrow(), FileState::Closed))
            }
            _ => return Ok(None),
        }))
    }

    /// Is `name` among the `__slots__` of the class or its bases?
    fn is_slot(&'static self, class: &Rc<Class>, name: &Name) -> R<bool> {
        for c in class.mro_iter() {
            let slots = c.dict.borrow().get(&self.n.slots).cloned();
            let names = match slots {
                None => continue,
                Some(s @ Value::Str(_)) => vec![s],
                Some(other) => self.to_vec(&other)?,
            };
            if names.iter().any(|n| n.as_str() == Some(name.as_str())) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn setattr(&'static self, obj: &Value, name: &Name, v: Value) -> R<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(a) = i.class.lookup(name) {
                    match a {
                        Value::Property(p) => {
                            if p.fset.is_none() {
                                return Err(self.attr_error(format!(
                                    "property '{name}' of '{}' object has no setter",
                                    i.class.name
                                )));
                            }
                            self.call(&p.fset, Args::new(vec![obj.clone(), v]))?;
                            return Ok(());
                        }
                        Value::Instance(d) => {
                            if let Some(set) = d.class.lookup(&self.n.set) {
                                self.call_bound(
                                    &set,
                                    &Value::Instance(d.clone()),
                                    Args::new(vec![obj.clone(), v]),
                                )?;
                                return Ok(());
                            }
                        }
                        _ => {}
                    }
                }
                let hooks = i
                    .class
                    .hooks(&self.n.getattribute, &self.n.setattr, &self.n.slots);
                if hooks & HOOK_SETATTR != 0 {
                    if let Some(sa) = i.class.lookup(&self.n.setattr) {
                        self.call_bound(&sa, obj, Args::new(vec![Value::str(name.as_str()), v]))?;
                        return Ok(());
                    }
                }
                if let Some(e) = &i.exc {
                    match name.as_str() {
                        "__cause__" => {
                            let mut e = e.borrow_mut();
                            e.cause = (!v.is_none()).then_some(v);
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.borrow_mut().context = (!v.is_none()).then_some(v);
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            e.borrow_mut().suppress_context = self.truthy(&v)?;
                            return Ok(());
                        }
                        "args" => {
                            e.borrow_mut().args = self.to_vec(&v)?;
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        n if i.class.is_subclass(&self.t.os_error)
                            && self.set_os_error_attr(i, n, &v)? =>
                        {
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if hooks & HOOK_SLOTS != 0 && !self.is_slot(&i.class, name)? {
                    return Err(self.attr_error(format!(
                        "'{}' object has no attribute '{name}'",
                        i.class.name
                    )));
                }
                if *name == self.n.dict {
                    let Value::Dict(d) = v else {
                        return Err(self.type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(&v)
                        )));
                    };
                    i.dict.borrow_mut().replace_shared(d);
                    return Ok(());
                }
                i.dict.borrow_mut().insert(name.clone(), v);
                Ok(())
            }
            Value::Class(c) => {
                if let Some(sa) = self.meta_dunder(obj, &self.n.setattr) {
                    self.call_bound(&sa, obj, Args::new(vec![Value::str(name.as_str()), v]))?;
                    return Ok(());
                }
                self.class_setattr(c, name, v)
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Some(s) = v.as_str() {
                            *f.name.borrow_mut() = Name::new(s);
                        }
                    }
                    "__qualname__" => {
                        if let Some(s) = v.as_str() {
                            *f.qualname.borrow_mut() = s.into();
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = v,
                    "__module__" => *f.module.borrow_mut() = v,
                    "__annotations__" => *f.annotations.borrow_mut() = Some(v),
                    "__dict__" => match v {
                        Value::Dict(d) => f.dict.borrow_mut().replace_shared(d),
                        other => {
                            return Err(self.type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                self.type_name(&other)
                            )))
                        }
                    },
                    _ => {
                        f.dict.borrow_mut().insert(name.clone(), v);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().insert(name.clone(), v);
                Ok(())
            }
            Value::Future(f) => {
                f.set_attr(name.clone(), v);
                Ok(())
            }
            _ => {
                let cls = self.type_of(obj);
                if cls.lookup(name).is_some() {
                    Err(self.attr_error(format!(
                        "'{}' object attribute '{name}' is read-only",
                        cls.name
                    )))
                } else {
                    Err(self.no_attr(obj, name))
                }
            }
        }
    }

    /// Setting a class attribute (what `type.__setattr__` does).
    pub fn class_setattr(&'static self, c: &Rc<Class>, name: &Name, v: Value) -> R<()> {
        if c.layout == Layout::Native {
            return Err(self.type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                c.name
            )));
        }
        match name.as_str() {
            "__name__" | "__qualname__" => {
                if let Some(s) = v.as_str() {
                    *c.qualname.borrow_mut() = s.into();
                }
            }
            "__module__" => {
                if let Some(s) = v.as_str() {
                    *c.module.borrow_mut() = s.into();
                }
            }
            _ => {}
        }
        if name.starts_with("__") {
            c.hook_cache.set(0);
        }
        c.dict.borrow_mut().insert(name.clone(), v);
        Ok(())
    }

    pub fn delattr(&'static self, obj: &Value, name: &Name) -> R<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(Value::Property(p)) = i.class.lookup(name) {
                    if p.fdel.is_none() {
                        return Err(self.attr_error(format!(
                            "property '{name}' of '{}' object has no deleter",
                            i.class.name
                        )));
                    }
                    self.call(&p.fdel, Args::new(vec![obj.clone()]))?;
                    return Ok(());
                }
                // A descriptor with __delete__ in the class handles it.
                if let Some(d) = i.class.lookup(name) {
                    if let Value::Instance(di) = &d {
                        if let Some(del) = di.class.lookup(&Name::new("__delete__")) {
                            self.call_bound(&del, &d, Args::new(vec![obj.clone()]))?;
                            return Ok(());
                        }
                    }
                }
                if let Some(da) = i.class.lookup(&self.n.delattr) {
                    if !matches!(da, Value::Builtin(_)) {
                        self.call_bound(&da, obj, Args::new(vec![Value::str(name.as_str())]))?;
                        return Ok(());
                    }
                }
                match i.dict.borrow_mut().shift_remove(name) {
                    Some(_) => Ok(()),
                    None => Err(self.no_attr(obj, name)),
                }
            }
            Value::Class(c) => match c.dict.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(self.attr_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    c.name
                ))),
            },
            Value::Module(m) => match m.dict.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => {
                    Err(self.attr_error(format!("module '{}' has no attribute '{name}'", m.name)))
                }
            },
            Value::Function(f) => match f.dict.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(self.no_attr(obj, name)),
            },
            Value::Future(f) if f.del_attr(name) => Ok(()),
            _ => Err(self.no_attr(obj, name)),
        }
    }

    /// `hasattr`: getattr that only AttributeError makes false.
    pub fn hasattr(&'static self, obj: &Value, name: &Name) -> R<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(e) if self.exc_is(&e, &self.t.attribute_error) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// The attribute prefix of a generator kind: gi_, cr_ or ag_.
fn kind_prefix(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "gi",
        GenKind::Coroutine => "cr",
        GenKind::AsyncGenerator => "ag",
    }
}
