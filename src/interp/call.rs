//! Calls: binding arguments to parameters (with CPython's messages for
//! every mismatch), making functions and classes, instantiating classes.

use std::cell::RefCell;
use std::rc::Rc;

use super::exec::Flow;
use super::{Frame, Vm, R};
use crate::compile::ir::{self, Code};
use crate::runtime::*;

/// The arguments of a call.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Name, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
}

impl Vm {
    pub fn call(&'static self, f: &Value, args: Args) -> R<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args),
            Value::Builtin(b) => {
                let native = match args.pos.first() {
                    Some(Value::Instance(i)) if b.unwraps_self => i.native.clone(),
                    _ => None,
                };
                match native {
                    Some(v) => {
                        let mut pos = args.pos;
                        pos[0] = v;
                        (b.func)(self, &pos, &args.kw)
                    }
                    None => (b.func)(self, &args.pos, &args.kw),
                }
            }
            Value::Method(m) => self.call_bound(&m.func, &m.receiver, args),
            Value::Class(c) => match self.meta_dunder(f, &self.n.call) {
                Some(call) => self.call_bound(&call, f, args),
                None => self.instantiate(c, args),
            },
            Value::StaticMethod(inner) => self.call(inner, args),
            Value::Instance(i) => match i.class.lookup(&self.n.call) {
                Some(call) => self.call_bound(&call, f, args),
                None => Err(self.not_callable(f)),
            },
            _ => Err(self.not_callable(f)),
        }
    }

    pub fn is_callable(&self, f: &Value) -> bool {
        match f {
            Value::Function(_)
            | Value::Builtin(_)
            | Value::Method(_)
            | Value::Class(_)
            | Value::StaticMethod(_) => true,
            Value::Instance(i) => i.class.lookup(&self.n.call).is_some(),
            _ => false,
        }
    }

    fn not_callable(&self, f: &Value) -> super::Exc {
        self.type_error(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// Calls `func` with `receiver` as its first argument.
    pub fn call_bound(&'static self, func: &Value, receiver: &Value, mut args: Args) -> R<Value> {
        match func {
            Value::Function(_) | Value::Builtin(_) => {
                args.pos.insert(0, receiver.clone());
                self.call(func, args)
            }
            Value::ClassMethod(inner) => {
                let cls = match receiver {
                    Value::Class(_) => receiver.clone(),
                    other => Value::Class(self.type_of(other)),
                };
                args.pos.insert(0, cls);
                self.call(inner, args)
            }
            Value::StaticMethod(inner) => self.call(inner, args),
            // A callable object bound as a method receives the instance too.
            Value::Instance(_) => {
                args.pos.insert(0, receiver.clone());
                self.call(func, args)
            }
            other => self.call(other, args),
        }
    }

    /// `obj.name(args)` without making a bound method when the attribute
    /// is a plain method of the object's class.
    pub fn call_method(&'static self, obj: &Value, name: &Name, args: Args) -> R<Value> {
        match obj {
            Value::Instance(i) => {
                if let Some(m @ (Value::Function(_) | Value::Builtin(_))) = i.class.lookup(name) {
                    if !i.dict.borrow().contains_key(name) {
                        return self.call_bound(&m, obj, args);
                    }
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) => {}
            _ => {
                if let Some(m @ Value::Builtin(_)) = self.type_of(obj).lookup(name) {
                    return self.call_bound(&m, obj, args);
                }
            }
        }
        let f = self.getattr(obj, name)?;
        self.call(&f, args)
    }

    pub fn call_function(&'static self, func: &Rc<Function>, args: Args) -> R<Value> {
        let locals = self.bind_args(func, args)?;
        self.run_function(func, locals)
    }

    /// Runs a function whose arguments are bound to its first slots.
    pub fn run_function(
        &'static self,
        func: &Rc<Function>,
        locals: Vec<Option<Value>>,
    ) -> R<Value> {
        let code = &func.code;
        let cells = if code.cell_names.is_empty() {
            Box::default()
        } else {
            self.new_cells(func)
        };
        let mut frame = Frame {
            code: code.clone(),
            locals,
            cells,
            globals: func.globals.clone(),
            ns: None,
            id: self.next_frame_id(),
            ret: Value::None,
            line: None,
        };
        for &(slot, cell) in &code.param_cells {
            *frame.cells[cell as usize].borrow_mut() = frame.locals[slot as usize].clone();
        }
        if code.is_generator || code.is_async {
            return Ok(self.make_generator(func, frame));
        }
        if let Err(e) = self.enter() {
            self.recycle(frame.locals);
            return Err(e);
        }
        let r = self.exec_block(&code.body, &mut frame);
        self.leave();
        self.recycle(frame.locals);
        match r? {
            Flow::Return => Ok(std::mem::replace(&mut frame.ret, Value::None)),
            _ => Ok(Value::None),
        }
    }

    /// A call's cells: its own (empty), then those it closes over.
    #[inline(never)]
    fn new_cells(&self, func: &Function) -> Box<[Rc<CellObj>]> {
        let code = &func.code;
        let mut cells: Vec<Rc<CellObj>> = Vec::with_capacity(code.cell_names.len());
        for _ in 0..code.own_cells {
            cells.push(Rc::new(RefCell::new(None)));
        }
        cells.extend(func.closure.iter().cloned());
        cells.into_boxed_slice()
    }

    /// A cleared slot vector from the pool, with room for `n` slots: calls
    /// reuse them instead of allocating.
    #[inline]
    pub fn slots(&self, n: usize) -> Vec<Option<Value>> {
        match self.slot_pool.borrow_mut().pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n.max(8)),
        }
    }

    #[inline]
    fn recycle(&self, mut v: Vec<Option<Value>>) {
        v.clear();
        let mut pool = self.slot_pool.borrow_mut();
        if pool.len() < 256 && v.capacity() <= 64 {
            pool.push(v);
        }
    }

    /// Places the arguments in parameter slots, as CPython binds them.
    fn bind_args(&'static self, func: &Function, args: Args) -> R<Vec<Option<Value>>> {
        let code = &func.code;
        let p = &code.params;
        let mut locals = self.slots(code.local_names.len());
        locals.resize(code.local_names.len(), None);
        let npos = args.pos.len();
        let qualname = func.qualname.borrow().clone();
        let vararg_slot = p.positional + p.kwonly;
        let kwarg_slot = vararg_slot + p.vararg as usize;
        let mut pos = args.pos;
        if npos > p.positional {
            if p.vararg {
                // `def f(*args)` takes the whole vector: split_off(0)
                // would copy it.
                let extra = if p.positional == 0 {
                    std::mem::take(&mut pos)
                } else {
                    pos.split_off(p.positional)
                };
                locals[vararg_slot] = Some(Value::tuple(extra));
            } else {
                let given_kwonly = args
                    .kw
                    .iter()
                    .filter(|(n, _)| {
                        code.local_names[p.positional..p.positional + p.kwonly].contains(n)
                    })
                    .count();
                return Err(self.too_many_positional(&qualname, func, npos, given_kwonly));
            }
        } else if p.vararg {
            locals[vararg_slot] = Some(Value::tuple(Vec::new()));
        }
        for (slot, v) in locals.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        let mut extra_kw = p.kwarg.then(Dict::new);
        let mut posonly_as_kw = Vec::new();
        for (name, v) in args.kw {
            let found = code.local_names[p.posonly..p.positional + p.kwonly]
                .iter()
                .position(|n| *n == name)
                .map(|i| i + p.posonly);
            match found {
                Some(i) => {
                    if locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    locals[i] = Some(v);
                }
                None => match &mut extra_kw {
                    Some(d) => {
                        self.dict_set(d, Value::str(name.as_str()), v)?;
                    }
                    None => {
                        if code.local_names[..p.posonly].contains(&name) {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = extra_kw {
            locals[kwarg_slot] = Some(Value::dict(d));
        }
        // Defaults, then what is still missing.
        let first_default = p.positional - func.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(p.positional) {
            if slot.is_none() {
                if i >= first_default {
                    *slot = Some(func.defaults[i - first_default].clone());
                } else {
                    missing.push(code.local_names[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "positional", &missing));
        }
        for k in 0..p.kwonly {
            let i = p.positional + k;
            if locals[i].is_none() {
                match func.kwdefaults.get(k).cloned().flatten() {
                    Some(d) => locals[i] = Some(d),
                    None => missing.push(code.local_names[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "keyword-only", &missing));
        }
        Ok(locals)
    }

    fn too_many_positional(
        &self,
        qualname: &str,
        func: &Function,
        given: usize,
        kwonly_given: usize,
    ) -> super::Exc {
        let p = &func.code.params;
        let required = p.positional - func.defaults.len();
        let takes = if func.defaults.is_empty() {
            format!(
                "{} positional argument{}",
                p.positional,
                if p.positional == 1 { "" } else { "s" }
            )
        } else {
            format!("from {required} to {} positional arguments", p.positional)
        };
        let given_text = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{given} {}", if given == 1 { "was" } else { "were" })
        };
        self.type_error(format!("{qualname}() takes {takes} but {given_text} given"))
    }

    fn missing_args(&self, qualname: &str, kind: &str, missing: &[String]) -> super::Exc {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        self.type_error(format!(
            "{qualname}() missing {} required {kind} argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ))
    }

    pub fn make_function(&'static self, def: &Rc<ir::FuncDef>, f: &mut Frame) -> R<Value> {
        let mut defaults = Vec::with_capacity(def.defaults.len());
        for d in &def.defaults {
            defaults.push(self.eval(d, f)?);
        }
        let mut kwdefaults = vec![None; def.code.params.kwonly];
        for (i, d) in &def.kwdefaults {
            kwdefaults[*i] = Some(self.eval(d, f)?);
        }
        let func = self.new_function(&def.code, f, defaults, kwdefaults);
        if !def.annotations.is_empty() {
            let mut d = Dict::new();
            for (name, e) in &def.annotations {
                let v = self.eval(e, f)?;
                self.dict_set(&mut d, Value::str(name.as_str()), v)?;
            }
            if let Value::Function(fun) = &func {
                *fun.annotations.borrow_mut() = Some(Value::dict(d));
            }
        }
        Ok(func)
    }

    pub fn new_function(
        &self,
        code: &Rc<Code>,
        f: &Frame,
        defaults: Vec<Value>,
        kwdefaults: Vec<Option<Value>>,
    ) -> Value {
        let closure = code
            .free_from
            .iter()
            .map(|&i| {
                f.cells
                    .get(i as usize)
                    .cloned()
                    .unwrap_or_else(|| Rc::new(RefCell::new(None)))
            })
            .collect();
        let module = f.globals.dict.borrow().get(&self.n.name).cloned();
        Value::Function(Rc::new(Function {
            code: code.clone(),
            globals: f.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            dict: RefCell::new(InstanceAttrs::default()),
            doc: RefCell::new(code.doc.clone().unwrap_or(Value::None)),
            module: RefCell::new(module.unwrap_or(Value::None)),
            annotations: RefCell::new(None),
        }))
    }

    /// Runs a class body and makes the class (with its metaclass, if any).
    pub fn build_class(
        &'static self,
        c: &ir::ClassDef,
        bases: Vec<Value>,
        kw: Vec<(Name, Value)>,
        f: &mut Frame,
    ) -> R<Value> {
        let code = &c.code;
        let (attrs, mapping) = self.prepare_namespace(&c.name, &bases, &kw)?;
        let ns = Rc::new(RefCell::new(attrs));
        {
            let mut n = ns.borrow_mut();
            let module = f
                .globals
                .dict
                .borrow()
                .get(&self.n.name)
                .cloned()
                .unwrap_or(Value::None);
            n.insert(self.n.module.clone(), module);
            n.insert(self.n.qualname.clone(), Value::str(&*code.qualname));
            if let Some(doc) = &code.doc {
                n.insert(self.n.doc.clone(), doc.clone());
            }
        }
        let mut cells: Vec<Rc<CellObj>> = (0..code.own_cells)
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        cells.extend(
            code.free_from
                .iter()
                .map(|&i| f.cells.get(i as usize).cloned().unwrap_or_default()),
        );
        let mut frame = Frame {
            code: code.clone(),
            locals: Vec::new(),
            cells: cells.into_boxed_slice(),
            globals: f.globals.clone(),
            ns: Some(ns.clone()),
            id: self.next_frame_id(),
            ret: Value::None,
            line: None,
        };
        if let Some(m) = mapping {
            let key = Rc::as_ptr(&ns) as usize;
            self.class_mappings.borrow_mut().push((key, m));
            let r = self.exec_block(&code.body, &mut frame);
            self.class_mappings.borrow_mut().pop();
            r?;
        } else {
            self.exec_block(&code.body, &mut frame)?;
        }
        let dict = std::mem::take(&mut *ns.borrow_mut());
        let mut metaclass = None;
        let mut class_kw = Vec::new();
        for (k, v) in kw {
            if k.as_str() == "metaclass" {
                metaclass = Some(v);
            } else {
                class_kw.push((k, v));
            }
        }
        let class = self.make_class(c.name.clone(), bases, dict, metaclass, class_kw)?;
        // The __class__ cell that zero-argument super() reads.
        if let Some(i) = code
            .cell_names
            .iter()
            .position(|n| n.as_str() == "__class__")
        {
            *frame.cells[i].borrow_mut() = Some(class.clone());
        }
        Ok(class)
    }

    /// What the metaclass's `__prepare__` starts the class namespace with
    /// (its entries: the class body then writes to the namespace itself),
    /// and the mapping it returned when that is a dict subclass, whose
    /// `__setitem__` must see the body's stores.
    fn prepare_namespace(
        &'static self,
        name: &Name,
        bases: &[Value],
        kw: &[(Name, Value)],
    ) -> R<(Attrs, Option<Value>)> {
        let explicit = kw.iter().find_map(|(k, v)| match v {
            Value::Class(m) if k.as_str() == "metaclass" => Some(m.clone()),
            _ => None,
        });
        let base_classes: Vec<Rc<Class>> = bases
            .iter()
            .filter_map(|b| match b {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            })
            .collect();
        let Some(meta) = self.winning_metaclass(explicit.as_ref(), &base_classes)? else {
            return Ok((Attrs::default(), None));
        };
        let Some(prepare) = meta.lookup(&Name::new("__prepare__")) else {
            return Ok((Attrs::default(), None));
        };
        let mut args = Args::new(vec![
            Value::str(name.as_str()),
            Value::tuple(bases.to_vec()),
        ]);
        args.kw = kw
            .iter()
            .filter(|(k, _)| k.as_str() != "metaclass")
            .cloned()
            .collect();
        let mapping = self.call_bound(&prepare, &Value::Class(meta), args)?;
        let mut attrs = Attrs::default();
        for k in self.mapping_keys(&mapping)? {
            let v = self.getitem(&mapping, &k)?;
            attrs.insert(Name::new(&self.str_of(&k)?), v);
        }
        let hooked = matches!(&mapping, Value::Instance(_))
            && self.type_of(&mapping).lookup(&self.n.setitem).is_some();
        Ok((attrs, hooked.then_some(mapping)))
    }

    pub fn make_class(
        &'static self,
        name: Name,
        bases: Vec<Value>,
        dict: Attrs,
        metaclass: Option<Value>,
        kw: Vec<(Name, Value)>,
    ) -> R<Value> {
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    // Generic aliases (typing.Generic[T]) supply a real base.
                    if let Ok(m) = self.getattr(other, &Name::new("__mro_entries__")) {
                        let r = self.call(&m, Args::new(vec![Value::tuple(bases.clone())]))?;
                        for x in self.to_vec(&r)? {
                            if let Value::Class(c) = x {
                                base_classes.push(c);
                            }
                        }
                        continue;
                    }
                    return Err(self.type_error("bases must be types"));
                }
            }
        }
        // A metaclass that is not a class (a function) is simply called.
        let explicit = match metaclass {
            Some(Value::Class(m)) => Some(m),
            Some(other) => {
                let d = self.attrs_to_dict(&dict);
                let mut args = Args::new(vec![Value::str(name.as_str()), Value::tuple(bases), d]);
                args.kw = kw;
                return self.call(&other, args);
            }
            None => None,
        };
        if let Some(meta) = self.winning_metaclass(explicit.as_ref(), &base_classes)? {
            let d = self.attrs_to_dict(&dict);
            let mut args = Args::new(vec![Value::str(name.as_str()), Value::tuple(bases), d]);
            args.kw = kw;
            return self.call(&Value::Class(meta), args);
        }
        let class = super::types::new_class(self, name, base_classes, dict)?;
        self.finish_class(&class, kw)?;
        Ok(Value::Class(class))
    }

    /// `__set_name__` on the new class's attributes, then the parent's
    /// `__init_subclass__`.
    pub fn finish_class(&'static self, class: &Rc<Class>, kw: Vec<(Name, Value)>) -> R<()> {
        let items: Vec<(Name, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            if let Value::Instance(i) = &v {
                if let Some(set_name) = i.class.lookup(&self.n.set_name) {
                    self.call_bound(
                        &set_name,
                        &v,
                        Args::new(vec![Value::Class(class.clone()), Value::str(k.as_str())]),
                    )?;
                }
            }
        }
        if let Some(parent) = class.mro.first() {
            if let Some(init_sub) = parent.lookup(&self.n.init_subclass) {
                let f = match init_sub {
                    Value::ClassMethod(inner) => (*inner).clone(),
                    other => other,
                };
                let mut args = Args::new(vec![Value::Class(class.clone())]);
                args.kw = kw;
                self.call(&f, args)?;
                return Ok(());
            }
        }
        if !kw.is_empty() {
            return Err(self.type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                class.name
            )));
        }
        Ok(())
    }

    pub fn attrs_to_dict<'a>(
        &self,
        attrs: impl IntoIterator<Item = (&'a Name, &'a Value)>,
    ) -> Value {
        let mut d = Dict::new();
        for (k, v) in attrs {
            let key = Value::str(k.as_str());
            let h = str_hash(k.as_str());
            d.push(h, key, v.clone());
        }
        Value::dict(d)
    }

    /// Calling a class: `__new__`, then `__init__`.
    pub fn instantiate(&'static self, c: &Rc<Class>, args: Args) -> R<Value> {
        if c.layout != Layout::Native && c.is_subclass(&self.t.type_) {
            return self.instantiate_metaclass(c, args);
        }
        if c.layout == Layout::Native {
            return self.construct_native(c, args);
        }
        // A __new__ written in Python (object's own just makes the instance).
        let object_new = self.t.object.dict.borrow().get(&self.n.new).cloned();
        let user_new = c
            .lookup(&self.n.new)
            .filter(|n| !object_new.as_ref().is_some_and(|o| n.is(o)));
        let has_user_new = user_new.is_some();
        let obj = match user_new {
            Some(new) => {
                let mut a = Args::new(vec![Value::Class(c.clone())]);
                a.pos.extend(args.pos.iter().cloned());
                a.kw = args.kw.clone();
                let obj = self.call(&new, a)?;
                let is_instance = matches!(&obj, Value::Instance(i) if i.class.is_subclass(c));
                if !is_instance {
                    return Ok(obj);
                }
                obj
            }
            _ => match c.native_base() {
                Some(base) => self.new_native_instance(c, base, Args::new(args.pos.clone()))?,
                None => self.new_instance(c, &args),
            },
        };
        // object's and BaseException's __init__ have nothing to do (the
        // instance already holds its arguments); any other runs.
        let trivial_init = |init: &Value| {
            [&self.t.object, &self.t.base_exception].iter().any(|c| {
                c.dict
                    .borrow()
                    .get(&self.n.init)
                    .is_some_and(|o| o.is(init))
            })
        };
        match c.lookup(&self.n.init) {
            Some(init) if !trivial_init(&init) => {
                let r = self.call_bound(&init, &obj, args)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            Some(_) => {
                // A built-in __init__ (BaseException's, object's).
                if c.layout == Layout::Object
                    && (!args.pos.is_empty() || !args.kw.is_empty())
                    && !has_user_new
                    && c.native_base().is_none()
                {
                    return Err(self.type_error(format!("{}() takes no arguments", c.name)));
                }
                if c.layout == Layout::Exception && !args.kw.is_empty() {
                    return Err(self.type_error(format!("{}() takes no keyword arguments", c.name)));
                }
            }
            None => {}
        }
        Ok(obj)
    }

    /// A bare instance of a Python-level class.
    pub fn new_instance(&self, c: &Rc<Class>, args: &Args) -> Value {
        let exc = (c.layout == Layout::Exception).then(|| {
            Box::new(RefCell::new(ExcData {
                args: args.pos.clone(),
                ..ExcData::default()
            }))
        });
        Value::Instance(Rc::new(Instance {
            class: c.clone(),
            dict: RefCell::new(InstanceAttrs::default()),
            exc,
            native: None,
        }))
    }

    /// `super()` in a method: the `__class__` cell and the first argument.
    pub fn zero_arg_super(&'static self, class_cell: Option<u32>, f: &mut Frame) -> R<Value> {
        let class = class_cell.and_then(|i| f.cells[i as usize].borrow().clone());
        let Some(Value::Class(after)) = class else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let first = if f.code.params.count() > 0 {
            match &f.locals[0] {
                Some(v) => Some(v.clone()),
                None => f
                    .code
                    .param_cells
                    .iter()
                    .find(|(slot, _)| *slot == 0)
                    .and_then(|(_, c)| f.cells[*c as usize].borrow().clone()),
            }
        } else {
            None
        };
        let Some(obj) = first else {
            return Err(self.runtime_error("super(): no arguments"));
        };
        Ok(Value::Super(Rc::new(SuperObj { after, obj })))
    }
}
