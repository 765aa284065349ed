//! The built-in containers as the interpreter uses them: hashing, dict
//! and set lookups that may run `__eq__`, subscripts and slices.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use super::call::Args;
use super::{Vm, R};
use crate::runtime::dict::Lookup;
use crate::runtime::hash::*;
use crate::runtime::set::SetLookup;
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp};

impl Vm {
    pub fn hash(&'static self, v: &Value) -> R<i64> {
        if let Some(p) = self.native_for(v, &self.n.hash) {
            return self.hash(&p);
        }
        Ok(match v {
            Value::Int(i) => int_hash(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => float_hash(*f),
            Value::Complex(c) => {
                let h = float_hash(c.0).wrapping_add(1000003i64.wrapping_mul(float_hash(c.1)));
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Value::BigInt(b) => bigint_hash(b),
            Value::Str(s) => match s.hash.get() {
                Some(h) => h,
                None => {
                    let h = str_hash(&s.text);
                    s.hash.set(Some(h));
                    h
                }
            },
            Value::Bytes(b) => bytes_hash(b),
            Value::None => 0x5f3759df,
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.len());
                for x in t.iter() {
                    hs.push(self.hash(x)?);
                }
                tuple_hash(&hs)
            }
            Value::FrozenSet(s) => frozenset_hash(s.iter().map(|(h, _)| h)),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(i) => match i.class.lookup(&self.n.hash) {
                Some(Value::None) => {
                    return Err(self.type_error(format!("unhashable type: '{}'", i.class.name)))
                }
                Some(m) if !matches!(m, Value::Builtin(_)) => {
                    match self.call_bound(&m, v, Args::default())? {
                        Value::Int(h) => {
                            if h == -1 {
                                -2
                            } else {
                                h
                            }
                        }
                        Value::Bool(b) => b as i64,
                        Value::BigInt(b) => bigint_hash(&b),
                        _ => {
                            return Err(self.type_error("__hash__ method should return an integer"))
                        }
                    }
                }
                _ => (v.ptr().unwrap_or(0) >> 4) as i64,
            },
            Value::Range(r) => {
                tuple_hash(&[int_hash(r.len()), int_hash(r.start), int_hash(r.step)])
            }
            other => (other.ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    /// Settles a lookup whose candidates need `__eq__`.
    fn settle(&'static self, candidates: Vec<(usize, Value)>, key: &Value) -> R<Option<usize>> {
        for (i, k) in candidates {
            if self.eq(&k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// The index of `key` in a dict no one else can see yet.
    fn find_in(&'static self, d: &Dict, h: i64, key: &Value) -> R<Option<usize>> {
        match d.lookup(h, key) {
            Lookup::Found(i) => Ok(Some(i)),
            Lookup::Absent => Ok(None),
            Lookup::NeedsEq(c) => {
                let c = c
                    .into_iter()
                    .filter_map(|i| d.entry(i).map(|e| (i, e.key.clone())))
                    .collect();
                self.settle(c, key)
            }
        }
    }

    /// The index of `key` in a shared dict; no borrow is held while
    /// `__eq__` runs.
    pub fn dict_find(&'static self, d: &RefCell<Dict>, key: &Value) -> R<Option<usize>> {
        let h = self.hash(key)?;
        let candidates = {
            let d = d.borrow();
            match d.lookup(h, key) {
                Lookup::Found(i) => return Ok(Some(i)),
                Lookup::Absent => return Ok(None),
                Lookup::NeedsEq(c) => c
                    .into_iter()
                    .filter_map(|i| d.entry(i).map(|e| (i, e.key.clone())))
                    .collect(),
            }
        };
        self.settle(candidates, key)
    }

    pub fn dict_get(&'static self, d: &RefCell<Dict>, key: &Value) -> R<Option<Value>> {
        Ok(match self.dict_find(d, key)? {
            Some(i) => d.borrow().entry(i).map(|e| e.value.clone()),
            None => None,
        })
    }

    pub fn dict_insert(&'static self, d: &RefCell<Dict>, key: Value, value: Value) -> R<()> {
        match self.dict_find(d, &key)? {
            Some(i) => d.borrow_mut().set_value(i, value),
            None => {
                let h = self.hash(&key)?;
                d.borrow_mut().push(h, key, value);
            }
        }
        Ok(())
    }

    pub fn dict_remove(&'static self, d: &RefCell<Dict>, key: &Value) -> R<Option<Value>> {
        Ok(match self.dict_find(d, key)? {
            Some(i) => d.borrow_mut().remove_at(i).map(|e| e.value),
            None => None,
        })
    }

    /// Sets a key in a dict being built.
    pub fn dict_set(&'static self, d: &mut Dict, key: Value, value: Value) -> R<()> {
        let h = self.hash(&key)?;
        match self.find_in(d, h, &key)? {
            Some(i) => d.set_value(i, value),
            None => d.push(h, key, value),
        }
        Ok(())
    }

    /// `d.update(m)` / `{**m}`: from a mapping (keys()) or, unless
    /// `mapping_only`, from an iterable of pairs.
    pub fn dict_update(&'static self, d: &mut Dict, m: &Value, mapping_only: bool) -> R<()> {
        match m {
            Value::Dict(src) => {
                let items: Vec<(Value, Value)> = src
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
            }
            _ if self.getattr(m, &Name::new("keys")).is_ok() => {
                for k in self.mapping_keys(m)? {
                    let v = self.getitem(m, &k)?;
                    self.dict_set(d, k, v)?;
                }
            }
            _ if mapping_only => {
                return Err(
                    self.type_error(format!("'{}' object is not a mapping", self.type_name(m)))
                )
            }
            _ => {
                let it = self.iter(m)?;
                let mut n = 0;
                while let Some(pair) = self.next(&it)? {
                    let items = self.to_vec(&pair).map_err(|_| {
                        self.type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        ))
                    })?;
                    if items.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            items.len()
                        )));
                    }
                    let mut items = items.into_iter();
                    let (k, v) = (
                        items.next().unwrap_or(Value::None),
                        items.next().unwrap_or(Value::None),
                    );
                    self.dict_set(d, k, v)?;
                    n += 1;
                }
            }
        }
        Ok(())
    }

    /// The keys of a mapping: a dict's, or what `keys()` returns.
    pub fn mapping_keys(&'static self, m: &Value) -> R<Vec<Value>> {
        match m {
            Value::Dict(d) => Ok(d.borrow().iter().map(|e| e.key.clone()).collect()),
            _ => {
                let keys = self.getattr(m, &Name::new("keys")).map_err(|_| {
                    self.type_error(format!("'{}' object is not a mapping", self.type_name(m)))
                })?;
                let keys = self.call(&keys, Args::default())?;
                self.to_vec(&keys)
            }
        }
    }

    pub fn dict_eq(&'static self, x: &RefCell<Dict>, y: &RefCell<Dict>) -> R<bool> {
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = x
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(w) if v.is(&w) || self.eq(&v, &w)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---- sets -----------------------------------------------------------

    fn set_find(&'static self, s: &Set, h: i64, key: &Value) -> R<Option<usize>> {
        match s.lookup(h, key) {
            SetLookup::Found(j) => Ok(Some(j)),
            SetLookup::Absent => Ok(None),
            SetLookup::NeedsEq(c) => {
                let c = c
                    .into_iter()
                    .filter_map(|j| s.key_at(j).map(|k| (j, k.clone())))
                    .collect();
                self.settle(c, key)
            }
        }
    }

    pub fn set_contains(&'static self, s: &Set, key: &Value) -> R<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            // `[1] in {1}` is a TypeError; a set used as key is looked
            // up as a frozenset.
            Err(e) => match key {
                Value::Set(inner) => {
                    let fs = Value::FrozenSet(Rc::new(inner.borrow().clone()));
                    return self.set_contains(s, &fs);
                }
                _ => return Err(e),
            },
        };
        Ok(self.set_find(s, h, key)?.is_some())
    }

    pub fn set_add(&'static self, s: &mut Set, key: Value) -> R<()> {
        let h = self.hash(&key)?;
        if self.set_find(s, h, &key)?.is_none() {
            s.insert_absent(h, key);
        }
        Ok(())
    }

    pub fn set_discard(&'static self, s: &mut Set, key: &Value) -> R<bool> {
        let h = self.hash(key)?;
        Ok(match self.set_find(s, h, key)? {
            Some(j) => s.remove_at(j).is_some(),
            None => false,
        })
    }

    /// The slot of `key` in a shared set; no borrow is held while `__eq__`
    /// runs.
    fn set_find_shared(&'static self, s: &RefCell<Set>, h: i64, key: &Value) -> R<Option<usize>> {
        let candidates = {
            let s = s.borrow();
            match s.lookup(h, key) {
                SetLookup::Found(j) => return Ok(Some(j)),
                SetLookup::Absent => return Ok(None),
                SetLookup::NeedsEq(c) => c
                    .into_iter()
                    .filter_map(|j| s.key_at(j).map(|k| (j, k.clone())))
                    .collect(),
            }
        };
        self.settle(candidates, key)
    }

    pub fn set_add_shared(&'static self, s: &RefCell<Set>, key: Value) -> R<()> {
        let h = self.hash(&key)?;
        if self.set_find_shared(s, h, &key)?.is_none() {
            s.borrow_mut().insert_absent(h, key);
        }
        Ok(())
    }

    pub fn set_discard_shared(&'static self, s: &RefCell<Set>, key: &Value) -> R<bool> {
        let h = self.hash(key)?;
        Ok(match self.set_find_shared(s, h, key)? {
            Some(j) => s.borrow_mut().remove_at(j).is_some(),
            None => false,
        })
    }

    pub fn build_set(&'static self, items: Vec<Value>) -> R<Value> {
        let mut s = Set::new();
        for i in items {
            self.set_add(&mut s, i)?;
        }
        Ok(Value::Set(Rc::new(RefCell::new(s))))
    }

    /// The set behind a set or frozenset value (cloned out of its cell).
    pub fn set_of(&self, v: &Value) -> Option<Set> {
        match v {
            Value::Set(s) => Some(s.borrow().clone()),
            Value::FrozenSet(s) => Some((**s).clone()),
            _ => None,
        }
    }

    /// `|`, `&`, `-`, `^` on sets; the result has the left operand's type.
    pub fn set_binary(&'static self, op: BinOp, a: &Value, b: &Value) -> R<Option<Value>> {
        let (Some(x), Some(y)) = (self.set_of(a), self.set_of(b)) else {
            return Ok(None);
        };
        let mut out;
        match op {
            BinOp::BitOr => {
                out = x.clone();
                out.reserve_for_merge(y.len());
                for (_, k) in y.iter() {
                    self.set_add(&mut out, k.clone())?;
                }
            }
            BinOp::BitAnd => {
                out = Set::new();
                let (small, big) = if x.len() > y.len() {
                    (&y, &x)
                } else {
                    (&x, &y)
                };
                for (_, k) in small.iter() {
                    if self.set_contains(big, k)? {
                        self.set_add(&mut out, k.clone())?;
                    }
                }
            }
            BinOp::Sub => {
                out = Set::new();
                for (_, k) in x.iter() {
                    if !self.set_contains(&y, k)? {
                        self.set_add(&mut out, k.clone())?;
                    }
                }
            }
            BinOp::BitXor => {
                out = x.clone();
                for (_, k) in y.iter() {
                    if !self.set_discard(&mut out, k)? {
                        self.set_add(&mut out, k.clone())?;
                    }
                }
            }
            _ => return Ok(None),
        }
        Ok(Some(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
            _ => Value::Set(Rc::new(RefCell::new(out))),
        }))
    }

    pub fn is_subset(&'static self, x: &Set, y: &Set) -> R<bool> {
        if x.len() > y.len() {
            return Ok(false);
        }
        for (_, k) in x.iter() {
            if !self.set_contains(y, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn set_compare(&'static self, op: CmpOp, a: &Value, b: &Value) -> R<Value> {
        let (Some(x), Some(y)) = (self.set_of(a), self.set_of(b)) else {
            return Ok(Value::Bool(false));
        };
        let r = match op {
            CmpOp::Eq => x.len() == y.len() && self.is_subset(&x, &y)?,
            CmpOp::NotEq => !(x.len() == y.len() && self.is_subset(&x, &y)?),
            CmpOp::LtE => self.is_subset(&x, &y)?,
            CmpOp::Lt => x.len() < y.len() && self.is_subset(&x, &y)?,
            CmpOp::GtE => self.is_subset(&y, &x)?,
            CmpOp::Gt => y.len() < x.len() && self.is_subset(&y, &x)?,
            _ => false,
        };
        Ok(Value::Bool(r))
    }

    // ---- subscripts ------------------------------------------------------

    /// An integer index (ints, bools, `__index__`).
    pub fn index_of(&'static self, v: &Value) -> R<Option<i64>> {
        if let Some(p) = self.native_for(v, &self.n.index) {
            return self.index_of(&p);
        }
        Ok(match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::BigInt(b) => Some(
                if b.to_i64().is_none() && **b > num_bigint::BigInt::from(0) {
                    i64::MAX
                } else {
                    i64::MIN
                },
            ),
            Value::Instance(i) => match i.class.lookup(&self.n.index) {
                Some(m) => match self.call_bound(&m, v, Args::default())? {
                    Value::Int(i) => Some(i),
                    _ => None,
                },
                None => None,
            },
            _ => None,
        })
    }

    /// (start, stop, step) of a slice over `len` items, as
    /// PySlice_AdjustIndices computes them, and the resulting length.
    pub fn slice_indices(&'static self, s: &SliceObj, len: usize) -> R<(i64, i64, i64, usize)> {
        let len = len as i64;
        let get = |v: &Value| -> R<Option<i64>> {
            match v {
                Value::None => Ok(None),
                other => match self.index_of(other)? {
                    Some(i) => Ok(Some(i)),
                    None => Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let step = get(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) => {
                    let i = if i < 0 { i.saturating_add(len) } else { i };
                    if step > 0 {
                        i.clamp(0, len)
                    } else {
                        i.clamp(-1, len - 1)
                    }
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(get(&s.start)?, 0), clamp(get(&s.stop)?, len))
        } else {
            (clamp(get(&s.start)?, len - 1), clamp(get(&s.stop)?, -1))
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }

    fn slice_items<T: Clone>(&'static self, items: &[T], s: &SliceObj) -> R<Vec<T>> {
        let (start, _, step, n) = self.slice_indices(s, items.len())?;
        Ok((0..n)
            .map(|k| items[(start + k as i64 * step) as usize].clone())
            .collect())
    }

    fn seq_index(&'static self, i: i64, len: usize, what: &str) -> R<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    pub fn getitem(&'static self, obj: &Value, index: &Value) -> R<Value> {
        if let Some(p) = self.native_for(obj, &self.n.getitem) {
            // A dict subclass may supply missing keys.
            if let (Value::Dict(d), Value::Instance(i)) = (&p, obj) {
                if let Some(v) = self.dict_get(d, index)? {
                    return Ok(v);
                }
                return match i.class.lookup(&self.n.missing) {
                    Some(m) => self.call_bound(&m, obj, Args::new(vec![index.clone()])),
                    None => Err(self.key_error(index.clone())),
                };
            }
            return self.getitem(&p, index);
        }
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = index {
                    let l = l.borrow();
                    let j = self.seq_index(*i, l.len(), "list")?;
                    return Ok(l[j].clone());
                }
                if let Value::Slice(s) = index {
                    let items = l.borrow().clone();
                    return Ok(Value::list(self.slice_items(&items, s)?));
                }
                match self.index_of(index)? {
                    Some(i) => self.getitem(obj, &Value::Int(i)),
                    None => Err(self.type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(index)
                    ))),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = index {
                    return Ok(Value::tuple(self.slice_items(t, s)?));
                }
                match self.index_of(index)? {
                    Some(i) => Ok(t[self.seq_index(i, t.len(), "tuple")?].clone()),
                    None => Err(self.type_error(format!(
                        "tuple indices must be integers or slices, not {}",
                        self.type_name(index)
                    ))),
                }
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = index {
                    if s.ascii {
                        let bytes = s.text.as_bytes();
                        let out = self.slice_items(bytes, sl)?;
                        return Ok(Value::str(String::from_utf8(out).unwrap_or_default()));
                    }
                    let chars: Vec<char> = s.text.chars().collect();
                    return Ok(Value::str(
                        self.slice_items(&chars, sl)?
                            .into_iter()
                            .collect::<String>(),
                    ));
                }
                match self.index_of(index)? {
                    Some(i) => {
                        let j = self.seq_index(i, s.chars, "string")?;
                        Ok(Value::str(s.char_at(j).to_string()))
                    }
                    None => Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(index)
                    ))),
                }
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = index {
                    return Ok(Value::Bytes(Rc::new(self.slice_items(b, sl)?)));
                }
                match self.index_of(index)? {
                    Some(i) => Ok(Value::Int(b[self.seq_index(i, b.len(), "index")?] as i64)),
                    None => Err(self.type_error(format!(
                        "byte indices must be integers or slices, not {}",
                        self.type_name(index)
                    ))),
                }
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = index {
                    let (start, stop, step, _) = self.slice_indices(sl, r.len() as usize)?;
                    return Ok(Value::Range(Rc::new(RangeObj {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: step * r.step,
                    })));
                }
                match self.index_of(index)? {
                    Some(i) => {
                        let j = self.seq_index(i, r.len() as usize, "range object")?;
                        Ok(Value::Int(r.start + j as i64 * r.step))
                    }
                    None => Err(self.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        self.type_name(index)
                    ))),
                }
            }
            Value::Dict(d) => match self.dict_get(d, index)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(index.clone())),
            },
            Value::Instance(i) => match i.class.lookup(&self.n.getitem) {
                Some(m) => self.call_bound(&m, obj, Args::new(vec![index.clone()])),
                None => Err(self.not_subscriptable(obj)),
            },
            Value::Class(_) if self.meta_dunder(obj, &self.n.getitem).is_some() => {
                let m = self
                    .meta_dunder(obj, &self.n.getitem)
                    .unwrap_or(Value::None);
                self.call_bound(&m, obj, Args::new(vec![index.clone()]))
            }
            Value::Class(c) => match c.lookup(&self.n.class_getitem) {
                Some(m) => {
                    let m = match m {
                        Value::ClassMethod(inner) => (*inner).clone(),
                        other => other,
                    };
                    self.call(&m, Args::new(vec![obj.clone(), index.clone()]))
                }
                None if self.is_generic_class(c) => Ok(self.generic_alias(obj, index)),
                None => Err(self.type_error(format!("type '{}' is not subscriptable", c.name))),
            },
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> super::Exc {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    pub fn setitem(&'static self, obj: &Value, index: Value, v: Value) -> R<()> {
        if let Some(p) = self.native_for(obj, &self.n.setitem) {
            return self.setitem(&p, index, v);
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &index {
                    let new = self
                        .to_vec(&v)
                        .map_err(|_| self.type_error("can only assign an iterable"))?;
                    let len = l.borrow().len();
                    let (start, stop, step, n) = self.slice_indices(s, len)?;
                    let mut items = l.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new);
                    } else {
                        if new.len() != n {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {n}",
                                new.len()
                            )));
                        }
                        for (k, x) in new.into_iter().enumerate() {
                            items[(start + k as i64 * step) as usize] = x;
                        }
                    }
                    return Ok(());
                }
                match self.index_of(&index)? {
                    Some(i) => {
                        let mut items = l.borrow_mut();
                        let j = self.seq_index(i, items.len(), "list assignment")?;
                        items[j] = v;
                        Ok(())
                    }
                    None => Err(self.type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(&index)
                    ))),
                }
            }
            Value::Dict(d) => self.dict_insert(d, index, v),
            Value::Instance(i) => match i.class.lookup(&self.n.setitem) {
                Some(m) => {
                    self.call_bound(&m, obj, Args::new(vec![index, v]))?;
                    Ok(())
                }
                None => Err(self.no_item_assignment(obj)),
            },
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: &Value) -> super::Exc {
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        ))
    }

    pub fn delitem(&'static self, obj: &Value, index: &Value) -> R<()> {
        if let Some(p) = self.native_for(obj, &self.n.delitem) {
            return self.delitem(&p, index);
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = index {
                    let len = l.borrow().len();
                    let (start, _, step, n) = self.slice_indices(s, len)?;
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    let mut items = l.borrow_mut();
                    for j in idx.into_iter().rev() {
                        items.remove(j);
                    }
                    return Ok(());
                }
                match self.index_of(index)? {
                    Some(i) => {
                        let mut items = l.borrow_mut();
                        let j = self.seq_index(i, items.len(), "list assignment")?;
                        items.remove(j);
                        Ok(())
                    }
                    None => Err(self.type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(index)
                    ))),
                }
            }
            Value::Dict(d) => match self.dict_remove(d, index)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(index.clone())),
            },
            Value::Instance(i) => match i.class.lookup(&self.n.delitem) {
                Some(m) => {
                    self.call_bound(&m, obj, Args::new(vec![index.clone()]))?;
                    Ok(())
                }
                None => Err(self.type_error(format!(
                    "'{}' object does not support item deletion",
                    self.type_name(obj)
                ))),
            },
            _ => {
                // CPython's PySequence_DelItem words it "doesn't": for a
                // sequence type with an integer index.
                let sequence = matches!(
                    obj,
                    Value::Str(_) | Value::Tuple(_) | Value::Bytes(_) | Value::Range(_)
                );
                let int = matches!(index, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
                let verb = if sequence && int {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }
}
