//! The iteration protocol: `iter()` and `next()` over built-in values
//! (native iterators), generators and classes with `__iter__`/`__next__`.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::Args;
use super::{Vm, R};
use crate::runtime::*;

impl Vm {
    pub fn iter(&'static self, v: &Value) -> R<Value> {
        if let Some(p) = self.native_for(v, &self.n.iter) {
            return self.iter(&p);
        }
        if let Some(m) = self.meta_dunder(v, &self.n.iter) {
            return self.call_bound(&m, v, Args::default());
        }
        let it = match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => NativeIter::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Range(r) => NativeIter::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Str(s) => NativeIter::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Dict(d) => NativeIter::DictKeys {
                dict: v.clone(),
                index: 0,
                len: d.borrow().len(),
                kind: DictView::Keys,
            },
            Value::View(view) => NativeIter::DictKeys {
                dict: Value::Dict(view.dict.clone()),
                index: 0,
                len: view.dict.borrow().len(),
                kind: view.kind,
            },
            Value::Set(s) => NativeIter::Set {
                items: s.borrow().keys(),
                index: 0,
            },
            Value::FrozenSet(s) => NativeIter::Set {
                items: s.keys(),
                index: 0,
            },
            Value::Iter(_) | Value::Generator(_) | Value::File(_) => return Ok(v.clone()),
            Value::Instance(i) => {
                if let Some(m) = i.class.lookup(&self.n.iter) {
                    let it = self.call_bound(&m, v, Args::default())?;
                    let ok = match &it {
                        Value::Instance(j) => j.class.lookup(&self.n.next).is_some(),
                        Value::Iter(_) | Value::Generator(_) | Value::File(_) => true,
                        _ => false,
                    };
                    if !ok {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if i.class.lookup(&self.n.getitem).is_some() {
                    // The old sequence protocol: __getitem__ from 0 until
                    // IndexError.
                    let getitem = self.getattr(v, &self.n.getitem)?;
                    return Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Map {
                        func: getitem,
                        inners: vec![self.count_from(0)],
                    }))))
                    .and_then(|m| self.sequence_iter(m));
                }
                return Err(self.not_iterable(v));
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::Iter(Rc::new(RefCell::new(it))))
    }

    fn count_from(&self, start: i64) -> Value {
        Value::Iter(Rc::new(RefCell::new(NativeIter::Range {
            next: start,
            stop: i64::MAX,
            step: 1,
        })))
    }

    /// `__getitem__`-driven iteration ends at IndexError.
    fn sequence_iter(&'static self, m: Value) -> R<Value> {
        let mut items = Vec::new();
        loop {
            match self.next(&m) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => break,
                Err(e)
                    if self.exc_is(&e, &self.t.index_error)
                        || self.exc_is(&e, &self.t.stop_iteration) =>
                {
                    break
                }
                Err(e) => return Err(e),
            }
        }
        self.iter(&Value::list(items))
    }

    fn not_iterable(&self, v: &Value) -> super::Exc {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// The next item, or `None` when the iterator is exhausted.
    pub fn next(&'static self, it: &Value) -> R<Option<Value>> {
        match it {
            Value::Iter(cell) => self.next_native(cell),
            Value::Generator(g) => self.generator_next(g),
            Value::File(f) => self.file_next_line(f),
            Value::Instance(i) => {
                let Some(m) = i.class.lookup(&self.n.next) else {
                    return Err(
                        self.type_error(format!("'{}' object is not an iterator", i.class.name))
                    );
                };
                match self.call_bound(&m, it, Args::default()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_is(&e, &self.t.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    fn next_native(&'static self, cell: &Rc<RefCell<NativeIter>>) -> R<Option<Value>> {
        // Iterators that call Python code take their inner state out first.
        let Ok(mut state) = cell.try_borrow_mut() else {
            return Err(self.value_error("generator already executing"));
        };
        match &mut *state {
            NativeIter::Seq { seq, index } => {
                let item = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Bytes(b) => b.get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = NativeIter::Exhausted;
                        Ok(None)
                    }
                }
            }
            NativeIter::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            NativeIter::Str { s, byte } => match s.text[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(&*c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            NativeIter::DictKeys {
                dict,
                index,
                len,
                kind,
            } => {
                let Value::Dict(d) = dict else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                while *index < d.slots() {
                    let i = *index;
                    *index += 1;
                    if let Some(e) = d.entry(i) {
                        return Ok(Some(match kind {
                            DictView::Keys => e.key.clone(),
                            DictView::Values => e.value.clone(),
                            DictView::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            NativeIter::Set { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            NativeIter::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let seq = seq.clone();
                drop(state);
                match &seq {
                    Value::List(l) => Ok(l.borrow().get(i).cloned()),
                    other => self.getitem(other, &Value::Int(i as i64)).map(Some),
                }
            }
            NativeIter::Enumerate { inner, count } => {
                let inner = inner.clone();
                let n = count.clone();
                *count = match &n {
                    Value::Int(i) => Value::Int(i + 1),
                    other => other.clone(),
                };
                drop(state);
                Ok(self.next(&inner)?.map(|v| Value::tuple(vec![n, v])))
            }
            NativeIter::Zip { inners, strict } => {
                let inners = inners.clone();
                let strict = *strict;
                drop(state);
                let mut out = Vec::with_capacity(inners.len());
                for (k, i) in inners.iter().enumerate() {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if k > 0 {
                                    let plural = if k == 1 { "" } else { "s" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{plural} 1{}",
                                        k + 1,
                                        if k == 1 {
                                            String::new()
                                        } else {
                                            format!("-{k}")
                                        }
                                    )));
                                }
                                for (m, j) in inners.iter().enumerate().skip(1) {
                                    if self.next(j)?.is_some() {
                                        let plural = if m == 1 { "" } else { "s" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            m + 1,
                                            if m == 1 {
                                                String::new()
                                            } else {
                                                format!("-{m}")
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            NativeIter::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(state);
                let mut args = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, Args::new(args)).map(Some)
            }
            NativeIter::Filter { func, inner, keep } => {
                let (func, inner, keep) = (func.clone(), inner.clone(), *keep);
                drop(state);
                while let Some(v) = self.next(&inner)? {
                    let t = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, Args::new(vec![v.clone()]))?;
                        self.truthy(&r)?
                    };
                    if t == keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            NativeIter::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(state);
                let v = self.call(&func, Args::default())?;
                if v.is(&sentinel) || self.eq(&v, &sentinel)? {
                    *cell.borrow_mut() = NativeIter::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            NativeIter::Exhausted => Ok(None),
        }
    }

    /// Every item of an iterable.
    pub fn to_vec(&'static self, v: &Value) -> R<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let mut out = Vec::new();
                self.extend_from_iter(&mut out, v)?;
                Ok(out)
            }
        }
    }

    pub fn extend_from_iter(&'static self, out: &mut Vec<Value>, v: &Value) -> R<()> {
        match v {
            Value::List(l) => out.extend(l.borrow().iter().cloned()),
            Value::Tuple(t) => out.extend(t.iter().cloned()),
            Value::Range(r) => {
                let mut i = r.start;
                while (r.step > 0 && i < r.stop) || (r.step < 0 && i > r.stop) {
                    out.push(Value::Int(i));
                    i += r.step;
                }
            }
            _ => {
                let it = self.iter(v)?;
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
            }
        }
        Ok(())
    }
}
