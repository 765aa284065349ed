//! Evaluating expressions that cannot suspend: the fast path, a plain
//! recursive walk. (Expressions containing `await` or `yield` go through
//! suspendable.rs, which hands their other parts back here.)

use std::rc::Rc;

use super::call::Args;
use super::{Frame, Vm, R};
use crate::compile::ir::{self, CompKind, Expr, ExprKind, FPart};
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp};

impl Vm {
    pub fn eval(&'static self, e: &Expr, f: &mut Frame) -> R<Value> {
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Local(slot) => match &f.locals[*slot as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(self.unbound_local(&f.code.local_names[*slot as usize])),
            },
            ExprKind::Cell(i) => self.load_cell(f, *i),
            ExprKind::Global(name, site) => self.load_global_at(&f.globals, name, site),
            ExprKind::Attr(obj, name) => {
                let obj = self.operand(obj, f)?;
                self.getattr(&obj, name)
            }
            ExprKind::Subscript(obj, index) => {
                let obj = self.operand(obj, f)?;
                let index = self.operand(index, f)?;
                self.getitem(&obj, &index)
            }
            ExprKind::Call(call) => {
                let func = match &call.func.kind {
                    ExprKind::Global(name, site) => self.load_global_at(&f.globals, name, site)?,
                    _ => self.operand(&call.func, f)?,
                };
                if call.simple {
                    if let Value::Function(fun) = &func {
                        if fun.code.takes_positional(call.args.len()) {
                            // Arguments go straight into the callee's slots.
                            let mut locals = self.slots(fun.code.local_names.len());
                            for a in &call.args {
                                locals.push(Some(self.operand(a, f)?));
                            }
                            while locals.len() < fun.code.local_names.len() {
                                locals.push(None);
                            }
                            return self.run_function(fun, locals);
                        }
                    }
                }
                self.call_with_args(&func, call, f)
            }
            ExprKind::MethodCall(obj, name, call) => self.eval_method_call(obj, name, call, f),
            ExprKind::Binary(op, a, b) => {
                let a = self.operand(a, f)?;
                let b = self.operand(b, f)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    let r = match op {
                        BinOp::Add => x.checked_add(*y),
                        BinOp::Sub => x.checked_sub(*y),
                        _ => None,
                    };
                    if let Some(r) = r {
                        return Ok(Value::Int(r));
                    }
                }
                self.binary(*op, &a, &b)
            }
            ExprKind::LocalCmpInt(op, slot, k) => match &f.locals[*slot as usize] {
                Some(Value::Int(x)) => Ok(Value::Bool(int_compare(*op, *x, *k))),
                Some(v) => {
                    let v = v.clone();
                    self.compare(*op, &v, &Value::Int(*k))
                }
                None => Err(self.unbound_local(&f.code.local_names[*slot as usize])),
            },
            ExprKind::LocalOpInt(op, slot, k) => match &f.locals[*slot as usize] {
                Some(Value::Int(x)) => {
                    let r = match op {
                        BinOp::Add => x.checked_add(*k),
                        BinOp::Sub => x.checked_sub(*k),
                        _ => x.checked_mul(*k),
                    };
                    match r {
                        Some(r) => Ok(Value::Int(r)),
                        None => self.binary(*op, &Value::Int(*x), &Value::Int(*k)),
                    }
                }
                Some(v) => {
                    let v = v.clone();
                    self.binary(*op, &v, &Value::Int(*k))
                }
                None => Err(self.unbound_local(&f.code.local_names[*slot as usize])),
            },
            ExprKind::Unary(op, a) => {
                let a = self.eval(a, f)?;
                self.unary(*op, &a)
            }
            ExprKind::And(a, b) => {
                let a = self.eval(a, f)?;
                if self.truthy(&a)? {
                    self.eval(b, f)
                } else {
                    Ok(a)
                }
            }
            ExprKind::Or(a, b) => {
                let a = self.eval(a, f)?;
                if self.truthy(&a)? {
                    Ok(a)
                } else {
                    self.eval(b, f)
                }
            }
            ExprKind::Compare(left, ops) if ops.len() == 1 => {
                let a = self.operand(left, f)?;
                let b = self.operand(&ops[0].1, f)?;
                self.compare(ops[0].0, &a, &b)
            }
            ExprKind::IfExp(test, body, orelse) => {
                let t = self.eval(test, f)?;
                if self.truthy(&t)? {
                    self.eval(body, f)
                } else {
                    self.eval(orelse, f)
                }
            }
            _ => self.eval_rare(e, f),
        }
    }

    // The general call paths, out of line: what they need on the stack
    // would otherwise weigh on every `eval`.
    #[inline(never)]
    fn call_with_args(&'static self, func: &Value, call: &ir::Call, f: &mut Frame) -> R<Value> {
        let args = self.eval_args(call, &|| self.function_str(func), f)?;
        self.call(func, args)
    }

    #[inline(never)]
    fn eval_method_call(
        &'static self,
        obj: &Expr,
        name: &Name,
        call: &ir::Call,
        f: &mut Frame,
    ) -> R<Value> {
        let obj = self.operand(obj, f)?;
        let callee = || self.method_str(&obj, name);
        let args = self.eval_args(call, &callee, f)?;
        self.call_method(&obj, name, args)
    }

    /// The expressions that are not on the hot path, kept out of `eval` so
    /// that its stack frame stays small (every Python call nests several).
    #[inline(never)]
    fn eval_rare(&'static self, e: &Expr, f: &mut Frame) -> R<Value> {
        match &e.kind {
            ExprKind::ClassName(name) => {
                if let Some(ns) = &f.ns {
                    if let Some(v) = ns.borrow().get(name) {
                        return Ok(v.clone());
                    }
                }
                self.load_global(&f.globals, name)
            }
            ExprKind::ClassCell(name, i) => {
                if let Some(ns) = &f.ns {
                    if let Some(v) = ns.borrow().get(name) {
                        return Ok(v.clone());
                    }
                }
                self.load_cell(f, *i)
            }
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(items, f)?)),
            ExprKind::List(items) => Ok(Value::list(self.eval_items(items, f)?)),
            ExprKind::Set(items) => {
                let items = self.eval_items(items, f)?;
                self.build_set(items)
            }
            ExprKind::Dict(items) => {
                let mut d = Dict::new();
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            let k = self.eval(k, f)?;
                            let v = self.eval(v, f)?;
                            self.dict_set(&mut d, k, v)?;
                        }
                        None => {
                            let m = self.eval(v, f)?;
                            self.dict_update(&mut d, &m, true)?;
                        }
                    }
                }
                Ok(Value::dict(d))
            }
            ExprKind::Starred(_) => Err(self.runtime_error("can't use starred expression here")),
            ExprKind::Slice(a, b, c) => {
                let mut part = |x: &Option<Box<Expr>>| -> R<Value> {
                    match x {
                        Some(x) => self.eval(x, f),
                        None => Ok(Value::None),
                    }
                };
                Ok(Value::Slice(Rc::new(SliceObj {
                    start: part(a)?,
                    stop: part(b)?,
                    step: part(c)?,
                })))
            }
            ExprKind::Compare(left, ops) => {
                let mut left = self.eval(left, f)?;
                let last = ops.len() - 1;
                for (i, (op, right)) in ops.iter().enumerate() {
                    let right = self.eval(right, f)?;
                    let result = self.compare(*op, &left, &right)?;
                    if i == last {
                        return Ok(result);
                    }
                    if !self.truthy(&result)? {
                        return Ok(result);
                    }
                    left = right;
                }
                unreachable!("comparisons have an operator")
            }
            ExprKind::Lambda(def) => self.make_function(def, f),
            ExprKind::Walrus(target, value) => {
                let v = self.eval(value, f)?;
                self.assign(target, v.clone(), f)?;
                Ok(v)
            }
            ExprKind::Comprehension(comp) => {
                let first = self.eval(&comp.first_iter, f)?;
                self.comprehension(comp, first, f)
            }
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.fstring(parts, f, &mut out)?;
                Ok(Value::str(out))
            }
            ExprKind::Super { class_cell } => self.zero_arg_super(*class_cell, f),
            ExprKind::ScopeNames { dir } => {
                let mut d = Dict::new();
                if let Some(ns) = &f.ns {
                    d = match self.attrs_to_dict(ns.borrow().iter()) {
                        Value::Dict(x) => x.borrow().copy(),
                        _ => d,
                    };
                } else if f.code.kind == ir::CodeKind::Module {
                    d = match self.attrs_to_dict(f.globals.dict.borrow().iter()) {
                        Value::Dict(x) => x.borrow().copy(),
                        _ => d,
                    };
                } else {
                    for (n, v) in f.code.local_names.iter().zip(&f.locals) {
                        if let Some(v) = v {
                            self.dict_set(&mut d, Value::str(n.as_str()), v.clone())?;
                        }
                    }
                    for (n, c) in f.code.cell_names.iter().zip(&f.cells) {
                        if let Some(v) = &*c.borrow() {
                            self.dict_set(&mut d, Value::str(n.as_str()), v.clone())?;
                        }
                    }
                }
                if *dir {
                    let mut names: Vec<String> = d
                        .iter()
                        .filter_map(|e| e.key.as_str().map(str::to_string))
                        .collect();
                    names.sort();
                    return Ok(Value::list(names.into_iter().map(Value::str).collect()));
                }
                Ok(Value::dict(d))
            }
            ExprKind::Await(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                Err(self.runtime_error("cannot suspend here"))
            }

            _ => Err(self.runtime_error("expression kind on the hot path")),
        }
    }

    /// `eval` for the leaves that most operands are (locals and
    /// constants), without a call.
    #[inline(always)]
    pub fn operand(&'static self, e: &Expr, f: &mut Frame) -> R<Value> {
        match &e.kind {
            ExprKind::Local(slot) => {
                if let Some(v) = &f.locals[*slot as usize] {
                    return Ok(match v {
                        Value::Int(i) => Value::Int(*i),
                        other => other.clone(),
                    });
                }
            }
            ExprKind::Const(Value::Int(i)) => return Ok(Value::Int(*i)),
            ExprKind::LocalOpInt(op, slot, k) => {
                if let Some(Value::Int(x)) = &f.locals[*slot as usize] {
                    let r = match op {
                        BinOp::Add => x.checked_add(*k),
                        BinOp::Sub => x.checked_sub(*k),
                        _ => x.checked_mul(*k),
                    };
                    if let Some(r) = r {
                        return Ok(Value::Int(r));
                    }
                }
            }
            _ => {}
        }
        self.eval(e, f)
    }

    /// A condition's truth, without building a bool for `a < b` on ints.
    #[inline]
    pub fn eval_test(&'static self, e: &Expr, f: &mut Frame) -> R<bool> {
        if let ExprKind::LocalCmpInt(op, slot, k) = &e.kind {
            if let Some(Value::Int(x)) = &f.locals[*slot as usize] {
                return Ok(int_compare(*op, *x, *k));
            }
        }
        if let ExprKind::Compare(left, ops) = &e.kind {
            if let [(op, right)] = ops.as_slice() {
                let a = self.operand(left, f)?;
                let b = self.operand(right, f)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                    match op {
                        CmpOp::Lt => return Ok(x < y),
                        CmpOp::LtE => return Ok(x <= y),
                        CmpOp::Gt => return Ok(x > y),
                        CmpOp::GtE => return Ok(x >= y),
                        CmpOp::Eq => return Ok(x == y),
                        CmpOp::NotEq => return Ok(x != y),
                        _ => {}
                    }
                }
                let r = self.compare(*op, &a, &b)?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => self.truthy(&other),
                };
            }
        }
        match self.eval(e, f)? {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    pub fn unbound_local(&self, name: &Name) -> super::Exc {
        self.new_exc(
            &self.t.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn load_cell(&self, f: &Frame, i: u32) -> R<Value> {
        match &*f.cells[i as usize].borrow() {
            Some(v) => Ok(v.clone()),
            None => {
                let name = &f.code.cell_names[i as usize];
                if (i as usize) < f.code.own_cells {
                    Err(self.unbound_local(name))
                } else {
                    Err(self.new_exc(
                        &self.t.name_error,
                        format!(
                            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                        ),
                    ))
                }
            }
        }
    }

    /// `load_global`, looking first where the name was found last time.
    #[inline(always)]
    pub fn load_global_at(&self, globals: &Module, name: &Name, site: &ir::GlobalSite) -> R<Value> {
        let builtins = &self.builtins.dict;
        let version = globals.dict.version();
        // Not among the globals when last looked, and they have not changed.
        if let Some((seen, at)) = site.builtin.get() {
            if seen == version {
                let hint = std::cell::Cell::new(at);
                if let Some(v) = builtins.find(name, &hint) {
                    return Ok(v);
                }
            }
        }
        if let Some(v) = globals.dict.find(name, &site.hint) {
            return Ok(v);
        }
        let hint = std::cell::Cell::new(0);
        match builtins.find(name, &hint) {
            Some(v) => {
                site.builtin.set(Some((version, hint.get())));
                Ok(v)
            }
            None => Err(self.name_not_defined(name)),
        }
    }

    fn name_not_defined(&self, name: &Name) -> super::Exc {
        self.new_exc(&self.t.name_error, format!("name '{name}' is not defined"))
    }

    pub fn load_global(&self, globals: &Module, name: &Name) -> R<Value> {
        if let Some(v) = globals.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        if let Some(v) = self.builtins.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        Err(self.new_exc(&self.t.name_error, format!("name '{name}' is not defined")))
    }

    /// Elements of a display, with `*iterable` unpacked.
    pub fn eval_items(&'static self, items: &[Expr], f: &mut Frame) -> R<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval(inner, f)?;
                self.extend_from_iter(&mut out, &v)?;
            } else {
                out.push(self.operand(item, f)?);
            }
        }
        Ok(out)
    }

    pub fn eval_args(
        &'static self,
        call: &ir::Call,
        callee: &dyn Fn() -> String,
        f: &mut Frame,
    ) -> R<Args> {
        let pos = if !call.simple
            && call
                .args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred(_)))
        {
            self.eval_items(&call.args, f)?
        } else {
            let mut pos = Vec::with_capacity(call.args.len());
            for a in &call.args {
                pos.push(self.operand(a, f)?);
            }
            pos
        };
        let mut args = Args {
            pos,
            kw: Vec::new(),
        };
        for (name, value) in &call.kwargs {
            let v = self.operand(value, f)?;
            match name {
                Some(n) => args.kw.push((n.clone(), v)),
                None => self.unpack_kwargs(&mut args, callee, v)?,
            }
        }
        Ok(args)
    }

    /// `f(**mapping)`: string keys only, none repeated. `callee` names the
    /// function in the error, as CPython's `_PyObject_FunctionStr`.
    pub fn unpack_kwargs(
        &'static self,
        args: &mut Args,
        callee: &dyn Fn() -> String,
        m: Value,
    ) -> R<()> {
        let keys = self.mapping_keys(&m)?;
        for k in keys {
            let Value::Str(s) = &k else {
                return Err(self.type_error("keywords must be strings"));
            };
            let name = Name::new(&s.text);
            if args.kw.iter().any(|(n, _)| *n == name) {
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{name}'",
                    callee()
                )));
            }
            let v = self.getitem(&m, &k)?;
            args.kw.push((name, v));
        }
        Ok(())
    }

    pub fn fstring(&'static self, parts: &[FPart], f: &mut Frame, out: &mut String) -> R<()> {
        for part in parts {
            match part {
                FPart::Lit(s) => out.push_str(s),
                FPart::Field {
                    expr,
                    debug,
                    conversion,
                    spec,
                } => {
                    let v = self.eval(expr, f)?;
                    let spec_text = match spec {
                        Some(spec) => {
                            let mut s = String::new();
                            self.fstring(spec, f, &mut s)?;
                            s
                        }
                        None => String::new(),
                    };
                    self.format_field(out, &v, debug.as_deref(), *conversion, &spec_text)?;
                }
            }
        }
        Ok(())
    }

    pub fn format_field(
        &'static self,
        out: &mut String,
        v: &Value,
        debug: Option<&str>,
        conversion: Option<char>,
        spec: &str,
    ) -> R<()> {
        if let Some(d) = debug {
            out.push_str(d);
        }
        let v = match conversion {
            Some('r') => Value::str(self.repr(v)?),
            Some('s') => Value::str(self.str_of(v)?),
            Some('a') => Value::str(self.ascii(v)?),
            _ => v.clone(),
        };
        if spec.is_empty() {
            match &v {
                Value::Str(s) => out.push_str(&s.text),
                // An object may format itself (`__format__` with an empty spec).
                Value::Instance(_) => out.push_str(&self.format(&v, spec)?),
                _ => out.push_str(&self.str_of(&v)?),
            }
            return Ok(());
        }
        out.push_str(&self.format(&v, spec)?);
        Ok(())
    }

    /// Runs a list, set or dict comprehension, or makes a generator for a
    /// generator expression. `first` is the first iterable.
    pub fn comprehension(
        &'static self,
        comp: &Rc<ir::Comprehension>,
        first: Value,
        f: &mut Frame,
    ) -> R<Value> {
        let mut frame = self.comprehension_frame(comp, first, f)?;
        if comp.kind == CompKind::Generator {
            return Ok(self.generator_from_comprehension(comp.clone(), frame));
        }
        let mut out = CompOut::new(comp.kind);
        self.comp_loop(comp, 0, &mut frame, &mut out)?;
        out.finish(self)
    }

    /// The frame a comprehension runs in, holding the iterator of its
    /// first iterable (evaluated by the caller, in the enclosing scope).
    pub fn comprehension_frame(
        &'static self,
        comp: &ir::Comprehension,
        first: Value,
        f: &Frame,
    ) -> R<Frame> {
        let iter = if comp.loops[0].is_async {
            self.aiter(
                &first,
                "'async for' requires an object with __aiter__ method",
            )?
        } else {
            self.iter(&first)?
        };
        let code = &comp.code;
        let mut cells: Vec<Rc<CellObj>> = (0..code.own_cells)
            .map(|_| Rc::new(CellObj::new(None)))
            .collect();
        cells.extend(
            code.free_from
                .iter()
                .map(|&i| f.cells.get(i as usize).cloned().unwrap_or_default()),
        );
        let mut locals = vec![None; code.local_names.len()];
        locals[0] = Some(iter);
        Ok(Frame {
            code: code.clone(),
            locals,
            cells: cells.into_boxed_slice(),
            globals: f.globals.clone(),
            ns: None,
            id: self.next_frame_id(),
            ret: Value::None,
            line: None,
        })
    }

    fn comp_loop(
        &'static self,
        comp: &ir::Comprehension,
        depth: usize,
        f: &mut Frame,
        out: &mut CompOut,
    ) -> R<()> {
        let lp = &comp.loops[depth];
        let iter = match &lp.iter {
            None => f.locals[0].clone().unwrap_or(Value::None),
            Some(e) => {
                let v = self.eval(e, f)?;
                self.iter(&v)?
            }
        };
        'items: while let Some(item) = self.next(&iter)? {
            self.assign(&lp.target, item, f)?;
            for cond in &lp.ifs {
                let c = self.eval(cond, f)?;
                if !self.truthy(&c)? {
                    continue 'items;
                }
            }
            if depth + 1 < comp.loops.len() {
                self.comp_loop(comp, depth + 1, f, out)?;
                continue;
            }
            match out {
                CompOut::List(v) | CompOut::Set(v) => v.push(self.operand(&comp.element, f)?),
                CompOut::Dict(d) => {
                    let k = self.eval(&comp.element, f)?;
                    let v = match &comp.value {
                        Some(v) => self.eval(v, f)?,
                        None => Value::None,
                    };
                    self.dict_set(d, k, v)?;
                }
                // Generator expressions run in comp_loop_s.
                CompOut::Yield => {}
            }
        }
        Ok(())
    }

    pub fn compare(&'static self, op: CmpOp, a: &Value, b: &Value) -> R<Value> {
        Ok(match op {
            CmpOp::Is => Value::Bool(a.is(b)),
            CmpOp::IsNot => Value::Bool(!a.is(b)),
            CmpOp::In => Value::Bool(self.contains(b, a)?),
            CmpOp::NotIn => Value::Bool(!self.contains(b, a)?),
            _ => self.rich_compare(op, a, b)?,
        })
    }
}

/// Where a comprehension's values go: into the list, set or dict it
/// builds, or (a generator expression's) yielded one by one.
pub(super) enum CompOut {
    List(Vec<Value>),
    Set(Vec<Value>),
    Dict(Dict),
    Yield,
}

impl CompOut {
    pub(super) fn new(kind: CompKind) -> CompOut {
        match kind {
            CompKind::Set => CompOut::Set(Vec::new()),
            CompKind::Dict => CompOut::Dict(Dict::new()),
            CompKind::Generator => CompOut::Yield,
            _ => CompOut::List(Vec::new()),
        }
    }

    /// The comprehension's value, once every item is in.
    pub(super) fn finish(self, vm: &'static Vm) -> R<Value> {
        Ok(match self {
            CompOut::List(v) => Value::list(v),
            CompOut::Set(v) => vm.build_set(v)?,
            CompOut::Dict(d) => Value::dict(d),
            CompOut::Yield => Value::None,
        })
    }
}

/// An ordering or equality between two ints (`is`/`in` never reach here).
#[inline]
fn int_compare(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        _ => x != y,
    }
}
