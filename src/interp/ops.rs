//! Operators: binary, in-place, unary and comparison operators with the
//! dunder protocol (reflected operands, NotImplemented), truthiness,
//! `len`, `in`, and subscripting of the built-in containers.

use std::rc::Rc;

use super::call::Args;
use super::num::{as_num, Num};
use super::types::binop_symbol;
use super::{Vm, R};
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "",
    }
}

fn ordering_holds(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::LtE => o != Greater,
        CmpOp::Gt => o == Greater,
        CmpOp::GtE => o != Less,
        CmpOp::Eq => o == Equal,
        CmpOp::NotEq => o != Equal,
        _ => false,
    }
}

impl Vm {
    pub fn truthy(&'static self, v: &Value) -> R<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.text.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::View(v) => !v.dict.borrow().is_empty(),
            Value::Instance(i) => {
                if let Some(p) = self.native_for(v, &self.n.bool) {
                    if self.native_for(v, &self.n.len).is_some() {
                        return self.truthy(&p);
                    }
                }
                if let Some(b) = i.class.lookup(&self.n.bool) {
                    let r = self.call_bound(&b, v, Args::default())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if i.class.lookup(&self.n.len).is_some() {
                    return Ok(self.len(v)? > 0);
                }
                true
            }
            Value::Class(_) => match self.meta_dunder(v, &self.n.bool) {
                Some(m) => {
                    let r = self.call_bound(&m, v, Args::default())?;
                    self.truthy(&r)?
                }
                None => match self.meta_dunder(v, &self.n.len) {
                    Some(_) => self.len(v)? > 0,
                    None => true,
                },
            },
            _ => true,
        })
    }

    #[inline]
    pub fn binary(&'static self, op: BinOp, a: &Value, b: &Value) -> R<Value> {
        self.binary_op(op, a, b, false)
    }

    /// `a op b`; `inplace` only words the error as `op=` does.
    fn binary_op(&'static self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> R<Value> {
        // The common cases first.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                let fast = match op {
                    BinOp::Add => x.checked_add(*y),
                    BinOp::Sub => x.checked_sub(*y),
                    BinOp::Mul => x.checked_mul(*y),
                    _ => None,
                };
                if let Some(r) = fast {
                    return Ok(Value::Int(r));
                }
            }
            (Value::Float(x), Value::Float(y)) => match op {
                BinOp::Add => return Ok(Value::Float(x + y)),
                BinOp::Sub => return Ok(Value::Float(x - y)),
                BinOp::Mul => return Ok(Value::Float(x * y)),
                _ => {}
            },
            (Value::Str(x), Value::Str(y)) if op == BinOp::Add => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                return Ok(Value::str(s));
            }
            _ => {}
        }
        if let Some(r) = self.binary_dunder(op, a, b)? {
            return Ok(r);
        }
        // No Python-level method answered: the built-in values inside
        // instances of subclasses of built-in types answer.
        if let Some((x, y)) = self.native_operands(a, b) {
            return match self.native_binary(op, &x, &y)? {
                Some(r) => Ok(r),
                None => Err(self.unsupported(op, a, b, inplace)),
            };
        }
        if let Some(r) = self.native_binary(op, a, b)? {
            return Ok(r);
        }
        Err(self.unsupported(op, a, b, inplace))
    }

    fn unsupported(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> super::Exc {
        if op == BinOp::Add {
            if let (Value::Str(_), _) = (a, b) {
                return self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(b)
                ));
            }
            if let (Value::List(_), _) = (a, b) {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ));
            }
            if let (Value::Tuple(_), _) = (a, b) {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ));
            }
        }
        if op == BinOp::Mul {
            // A sequence times anything that is not an integer, either way
            // round (CPython's sq_repeat asks the other operand for
            // __index__).
            let seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                )
            };
            let other = match (seq(a), seq(b)) {
                (true, _) => Some(b),
                (false, true) => Some(a),
                _ => None,
            };
            if let Some(other) = other {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ));
            }
        }
        let symbol = match (inplace, op) {
            (false, _) => binop_symbol(op).to_string(),
            (true, BinOp::Pow) => "**=".to_string(),
            (true, _) => format!("{}=", binop_symbol(op)),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `__add__` and `__radd__` on user classes.
    fn binary_dunder(&'static self, op: BinOp, a: &Value, b: &Value) -> R<Option<Value>> {
        let a_user = matches!(a, Value::Instance(_));
        let b_user = matches!(b, Value::Instance(_));
        if !a_user && !b_user {
            return Ok(None);
        }
        let [name, rname, _] = self.n.binop(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // A subclass's reflected method goes first.
        let b_first = b_user && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        // `str % x` formats whatever x is (str's nb_remainder never says
        // NotImplemented): x's __rmod__ runs only for a str subclass.
        if op == BinOp::Mod && !b_first && matches!(a, Value::Str(_)) {
            return Ok(None);
        }
        if b_first {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        if a_user {
            if let Some(r) = self.try_dunder(a, name, b)? {
                return Ok(Some(r));
            }
        }
        if b_user && !b_first && !Rc::ptr_eq(&ta, &tb) {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        if b_user && !b_first && Rc::ptr_eq(&ta, &tb) && !a_user {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Calls `obj.name(arg)` if the class defines it; `None` for a missing
    /// method or NotImplemented.
    pub fn try_dunder(&'static self, obj: &Value, name: &Name, arg: &Value) -> R<Option<Value>> {
        let Value::Instance(i) = obj else {
            return Ok(None);
        };
        let Some(m) = self.own_dunder(i, name) else {
            return Ok(None);
        };
        let r = self.call_bound(&m, obj, Args::new(vec![arg.clone()]))?;
        Ok(match r {
            Value::NotImplemented => None,
            r => Some(r),
        })
    }

    fn native_binary(&'static self, op: BinOp, a: &Value, b: &Value) -> R<Option<Value>> {
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            return self.complex_binary(op, a, b);
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let r = self.num_binary(op, x, y)?;
            // bool & bool stays bool.
            if let (Value::Bool(p), Value::Bool(q), Some(Value::Int(_))) = (a, b, &r) {
                match op {
                    BinOp::BitAnd => return Ok(Some(Value::Bool(*p & *q))),
                    BinOp::BitOr => return Ok(Some(Value::Bool(*p | *q))),
                    BinOp::BitXor => return Ok(Some(Value::Bool(*p ^ *q))),
                    _ => {}
                }
            }
            return Ok(r);
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Value::list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Some(Value::tuple(v))
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = (**x).clone();
                v.extend_from_slice(y);
                Some(Value::Bytes(Rc::new(v)))
            }
            (
                BinOp::Mul,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
                Value::Int(_) | Value::Bool(_),
            ) => Some(self.repeat(a, b)?),
            (
                BinOp::Mul,
                Value::Int(_) | Value::Bool(_),
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
            ) => Some(self.repeat(b, a)?),
            (BinOp::Mod, Value::Str(s), _) => Some(self.percent_format(&s.text, b)?),
            (BinOp::Mod, Value::Bytes(fmt), _) => Some(self.bytes_percent_format(fmt, b)?),
            (_, Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                self.set_binary(op, a, b)?
            }
            // Key and item views are set-like with any iterable.
            (BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor, _, _)
                if is_set_view(a) || is_set_view(b) =>
            {
                let x = self.build_set(self.to_vec(a)?)?;
                let y = self.build_set(self.to_vec(b)?)?;
                self.set_binary(op, &x, &y)?
            }
            (BinOp::BitOr, Value::Class(_), _) | (BinOp::BitOr, _, Value::Class(_)) => {
                match self.type_union(a, b)? {
                    Value::NotImplemented => None,
                    u => Some(u),
                }
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let mut d = x.borrow().copy();
                let y = Value::Dict(y.clone());
                self.dict_update(&mut d, &y, false)?;
                Some(Value::dict(d))
            }
            _ => None,
        })
    }

    fn repeat(&self, seq: &Value, n: &Value) -> R<Value> {
        let n = match n {
            Value::Int(i) => (*i).max(0) as usize,
            Value::Bool(b) => *b as usize,
            _ => 0,
        };
        // Bytes the result would take.
        let size = match seq {
            Value::Str(s) => s.text.len(),
            Value::List(l) => l.borrow().len() * std::mem::size_of::<Value>(),
            Value::Tuple(t) => t.len() * std::mem::size_of::<Value>(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        if size.saturating_mul(n) > 1 << 34 {
            return Err(self.new_exc(&self.t.memory_error, ""));
        }
        Ok(match seq {
            Value::Str(s) => Value::str(s.text.repeat(n)),
            Value::List(l) => {
                let items = l.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            Value::Bytes(b) => Value::Bytes(Rc::new(b.repeat(n))),
            _ => Value::None,
        })
    }

    /// `a op= b`: `__iop__`, else the binary operator; lists extend in place.
    pub fn inplace(&'static self, op: BinOp, a: &Value, b: &Value) -> R<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.to_vec(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(l)) => {
                if let Value::Int(n) = b {
                    let mut items = l.borrow_mut();
                    let orig = items.clone();
                    items.clear();
                    for _ in 0..(*n).max(0) {
                        items.extend(orig.iter().cloned());
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                let mut copy = d.borrow().copy();
                self.dict_update(&mut copy, b, false)?;
                *d.borrow_mut() = copy;
                return Ok(a.clone());
            }
            (_, Value::Set(s)) if matches!(b, Value::Set(_) | Value::FrozenSet(_)) => {
                if let Some(Value::Set(r)) = self.set_binary(op, a, b)? {
                    let new = r.borrow().clone();
                    *s.borrow_mut() = new;
                    return Ok(a.clone());
                }
            }
            (_, Value::Instance(_)) => {
                let iname = &self.n.binop(op)[2];
                if let Some(p) = self.native_for(a, iname) {
                    // A mutable value changes in place and stays inside `a`.
                    let r = self.inplace(op, &p, b)?;
                    return Ok(if r.is(&p) { a.clone() } else { r });
                }
                if let Some(r) = self.try_dunder(a, iname, b)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        self.binary_op(op, a, b, true)
    }

    pub fn unary(&'static self, op: UnaryOp, a: &Value) -> R<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        match (op, a) {
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::bigint(-num_bigint::BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Neg, Value::Complex(c)) => Ok(super::complex::complex(-c.0, -c.1)),
            (UnaryOp::Pos, Value::Complex(_)) => Ok(a.clone()),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::bigint(-(**b).clone())),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_) | Value::BigInt(_)) => Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::bigint(-(**b).clone() - 1)),
            (_, Value::Instance(i)) => {
                let name = match op {
                    UnaryOp::Neg => &self.n.neg,
                    UnaryOp::Pos => &self.n.pos,
                    _ => &self.n.invert,
                };
                if let Some(p) = self.native_for(a, name) {
                    return self.unary(op, &p);
                }
                match i.class.lookup(name) {
                    Some(m) => self.call_bound(&m, a, Args::default()),
                    None => Err(self.bad_unary(op, a)),
                }
            }
            _ => Err(self.bad_unary(op, a)),
        }
    }

    fn bad_unary(&self, op: UnaryOp, a: &Value) -> super::Exc {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        ))
    }

    /// `==`, `<` and friends, with the dunder protocol.
    pub fn rich_compare(&'static self, op: CmpOp, a: &Value, b: &Value) -> R<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(ordering_holds(op, x.cmp(y)))),
            (Value::Str(x), Value::Str(y)) => {
                return Ok(Value::Bool(ordering_holds(op, x.text.cmp(&y.text))))
            }
            _ => {}
        }
        let [name, rname] = self.n.compare(op);
        let sym = cmp_symbol(op);
        let a_user = matches!(a, Value::Instance(_));
        let b_user = matches!(b, Value::Instance(_));
        if a_user || b_user {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let b_first = b_user && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
            if b_first {
                if let Some(r) = self.try_dunder(b, rname, a)? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.try_dunder(a, name, b)? {
                return Ok(r);
            }
            // `!=` falls back on `__eq__`.
            if op == CmpOp::NotEq {
                if let Some(r) = self.try_dunder(a, &self.n.eq, b)? {
                    return Ok(Value::Bool(!self.truthy(&r)?));
                }
            }
            if !b_first {
                if let Some(r) = self.try_dunder(b, rname, a)? {
                    return Ok(r);
                }
            }
            if let Some((x, y)) = self.native_operands(a, b) {
                return self.native_compare(op, &x, &y, a, b);
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
                _ => Err(self.type_error(format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                ))),
            };
        }
        self.native_compare(op, a, b, a, b)
    }

    /// A comparison of built-in values; errors name the types of
    /// `orig_a` and `orig_b` (the instances they came from, if any).
    fn native_compare(
        &'static self,
        op: CmpOp,
        a: &Value,
        b: &Value,
        orig_a: &Value,
        orig_b: &Value,
    ) -> R<Value> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            let eq = self.eq(a, b)?;
            return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
        }
        match self.native_order(a, b)? {
            Some(o) => Ok(Value::Bool(ordering_holds(op, o))),
            None => {
                if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) =
                    (a, b)
                {
                    return self.set_compare(op, a, b);
                }
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    cmp_symbol(op),
                    self.type_name(orig_a),
                    self.type_name(orig_b)
                )))
            }
        }
    }

    /// Equality, as `==` decides it (user `__eq__` included).
    pub fn eq(&'static self, a: &Value, b: &Value) -> R<bool> {
        if let Some(r) = crate::runtime::dict::plain_eq(a, b) {
            return Ok(r);
        }
        match (a, b) {
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                let r = self.rich_compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y),
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)
            }
            (Value::Dict(x), Value::Dict(y)) => self.dict_eq(x, y),
            (Value::Range(x), Value::Range(y)) => {
                let n = x.len();
                Ok(
                    n == y.len()
                        && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step))),
                )
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let r = self.set_compare(CmpOp::Eq, a, b)?;
                Ok(matches!(r, Value::Bool(true)))
            }
            _ => Ok(a.is(b)),
        }
    }

    fn seq_eq(&'static self, x: &[Value], y: &[Value]) -> R<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Ordering of built-in values (numbers, strings, sequences).
    fn native_order(&'static self, a: &Value, b: &Value) -> R<Option<std::cmp::Ordering>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(x.text.cmp(&y.text)),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_order(x, y)?,
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_order(&x, &y)?
            }
            _ => None,
        })
    }

    fn seq_order(&'static self, x: &[Value], y: &[Value]) -> R<Option<std::cmp::Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            let lt = self.rich_compare(CmpOp::Lt, p, q)?;
            return Ok(Some(if self.truthy(&lt)? {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `a < b` as sorting needs it.
    pub fn less_than(&'static self, a: &Value, b: &Value) -> R<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.text < y.text),
            _ => {
                let r = self.rich_compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    pub fn len(&'static self, v: &Value) -> R<usize> {
        if let Some(p) = self.native_for(v, &self.n.len) {
            return self.len(&p);
        }
        if let Some(m) = self.meta_dunder(v, &self.n.len) {
            let n = self.call_bound(&m, v, Args::default())?;
            return match self.index_of(&n)? {
                Some(n) if n >= 0 => Ok(n as usize),
                Some(_) => Err(self.value_error("__len__() should return >= 0")),
                None => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(&n)
                ))),
            };
        }
        Ok(match v {
            Value::Str(s) => s.chars,
            Value::Bytes(b) => b.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::View(v) => v.dict.borrow().len(),
            Value::Instance(i) => match i.class.lookup(&self.n.len) {
                Some(m) => {
                    let r = self.call_bound(&m, v, Args::default())?;
                    match r {
                        Value::Int(n) if n >= 0 => n as usize,
                        Value::Bool(b) => b as usize,
                        Value::Int(_) => {
                            return Err(self.value_error("__len__() should return >= 0"))
                        }
                        other => {
                            return Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&other)
                            )))
                        }
                    }
                }
                None => return Err(self.no_len(v)),
            },
            _ => return Err(self.no_len(v)),
        })
    }

    fn no_len(&self, v: &Value) -> super::Exc {
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        ))
    }

    /// `item in container`.
    pub fn contains(&'static self, container: &Value, item: &Value) -> R<bool> {
        if let Some(p) = self.native_for(container, &self.n.contains) {
            return self.contains(&p, item);
        }
        if let Some(m) = self.meta_dunder(container, &self.n.contains) {
            let r = self.call_bound(&m, container, Args::new(vec![item.clone()]))?;
            return self.truthy(&r);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(x) => Ok(s.text.contains(&*x.text)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(b) => match item {
                Value::Bytes(x) => Ok(x.is_empty() || b.windows(x.len()).any(|w| w == &x[..])),
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, item)
            }
            Value::Tuple(t) => self.seq_contains(t, item),
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(&s.borrow(), item),
            Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                other => {
                    let items = self.to_vec(container)?;
                    self.seq_contains(&items, other)?
                }
            }),
            Value::Instance(i) => {
                if let Some(m) = i.class.lookup(&self.n.contains) {
                    let r = self.call_bound(&m, container, Args::new(vec![item.clone()]))?;
                    return self.truthy(&r);
                }
                let it = self.iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::View(v) if v.kind == DictView::Keys => {
                Ok(self.dict_get(&v.dict, item)?.is_some())
            }
            Value::View(v) if v.kind == DictView::Items => {
                let Value::Tuple(pair) = item else {
                    return Ok(false);
                };
                if pair.len() != 2 {
                    return Ok(false);
                }
                match self.dict_get(&v.dict, &pair[0])? {
                    Some(x) => Ok(x.is(&pair[1]) || self.eq(&x, &pair[1])?),
                    None => Ok(false),
                }
            }
            Value::View(_) => {
                let items = self.to_vec(container)?;
                self.seq_contains(&items, item)
            }
            Value::Iter(_) | Value::Generator(_) => {
                while let Some(x) = self.next(container)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))),
        }
    }

    fn seq_contains(&'static self, items: &[Value], item: &Value) -> R<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::View(view) if view.kind != DictView::Values)
}

pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    use super::num::to_big;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), Num::Int(y)) => {
            if (*y as f64) == *x && x.abs() >= 9.0e15 {
                Some(num_bigint::BigInt::from(*x as i128).cmp(&num_bigint::BigInt::from(*y)))
            } else {
                x.partial_cmp(&(*y as f64))
            }
        }
        (Num::Int(_), Num::Float(_)) => num_cmp(b, a).map(|o| o.reverse()),
        (Num::Float(x), Num::Big(y)) => {
            if x.is_nan() {
                None
            } else if x.is_infinite() {
                Some(if *x > 0.0 {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Less
                })
            } else {
                Some(
                    num_bigint::BigInt::from(x.floor() as i128)
                        .cmp(y)
                        .then(if x.fract() > 0.0 {
                            std::cmp::Ordering::Greater
                        } else {
                            std::cmp::Ordering::Equal
                        }),
                )
            }
        }
        (Num::Big(_), Num::Float(_)) => num_cmp(b, a).map(|o| o.reverse()),
        _ => Some(to_big(a).cmp(&to_big(b))),
    }
}
