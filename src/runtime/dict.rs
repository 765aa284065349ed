//! Python's dict: insertion-ordered entries and a hash index over them.
//! Keys compare with `==`, which may run Python code (`__eq__`): lookups
//! settle what they can without it (identity, built-in values) and hand the
//! remaining candidates back to the interpreter, so that no borrow of the
//! dict is held while Python code runs.

use hashbrown::HashTable;

use super::value::Value;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Dict {
    /// In insertion order; `None` where an entry was deleted.
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
}

/// What a lookup found without running Python code.
pub enum Lookup {
    Found(usize),
    Absent,
    /// Entries with the same hash whose keys need `__eq__` to compare.
    NeedsEq(Vec<usize>),
}

/// Equality of built-in values, where no Python code can be involved:
/// `None` when a user-defined `__eq__` could decide.
pub fn plain_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(!matches!(a, Float(f) if f.is_nan()));
    }
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(i), Float(f)) | (Float(f), Int(i)) => {
            (*i as f64) == *f && f.fract() == 0.0 && {
                // Exact comparison beyond 2**53.
                f.abs() < 9.3e18 && (*f as i64) == *i
            }
        }
        (Bool(x), Float(f)) | (Float(f), Bool(x)) => (*x as i64 as f64) == *f,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(f)) | (Float(f), BigInt(x)) => {
            use num_traits::ToPrimitive;
            f.fract() == 0.0 && f.is_finite() && x.to_f64() == Some(*f) && {
                num_bigint::BigInt::from(*f as i128) == **x || f.abs() >= 1.7e38
            }
        }
        (Complex(x), Complex(y)) => x == y,
        (Complex(c), n @ (Int(_) | Bool(_) | Float(_) | BigInt(_)))
        | (n @ (Int(_) | Bool(_) | Float(_) | BigInt(_)), Complex(c)) => {
            c.1 == 0.0 && plain_eq(&Float(c.0), n)?
        }
        (Str(x), Str(y)) => x.text == y.text,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !plain_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (FrozenSet(_) | Set(_), FrozenSet(_) | Set(_)) => return Option::None,
        (List(_), List(_))
        | (Dict(_), Dict(_))
        | (Range(_), Range(_))
        | (View(_), _)
        | (_, View(_)) => return Option::None,
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        _ => false,
    })
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn lookup(&self, hash: i64, key: &Value) -> Lookup {
        let mut needs = Vec::new();
        for &i in self.index.iter_hash(hash as u64) {
            let Some(e) = &self.entries[i] else { continue };
            if e.hash != hash {
                continue;
            }
            match plain_eq(&e.key, key) {
                Some(true) => return Lookup::Found(i),
                Some(false) => {}
                None => needs.push(i),
            }
        }
        if needs.is_empty() {
            Lookup::Absent
        } else {
            Lookup::NeedsEq(needs)
        }
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, i: usize, value: Value) {
        if let Some(e) = &mut self.entries[i] {
            e.value = value;
        }
    }

    /// Adds a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, i, |&j| {
            entries[j].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(found) = self.index.find_entry(e.hash as u64, |&j| j == i) {
            found.remove();
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
        }
        Some(e)
    }

    /// The index of a str key (no Value is built to look it up).
    fn find_str(&self, key: &str) -> Option<usize> {
        let hash = super::hash::str_hash(key);
        self.index.iter_hash(hash as u64).copied().find(|&i| {
            self.entries[i]
                .as_ref()
                .is_some_and(|e| e.hash == hash && e.key.as_str() == Some(key))
        })
    }

    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.find_str(key)
            .and_then(|i| self.entry(i))
            .map(|e| &e.value)
    }

    pub fn set_str(&mut self, key: &str, value: Value) {
        match self.find_str(key) {
            Some(i) => self.set_value(i, value),
            None => self.push(super::hash::str_hash(key), Value::str(key), value),
        }
    }

    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let i = self.find_str(key)?;
        self.remove_at(i).map(|e| e.value)
    }

    /// Raw slots, for iteration by index (`None` where deleted).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn first_index(&self) -> Option<usize> {
        self.entries.iter().position(|e| e.is_some())
    }

    pub fn clear(&mut self) {
        *self = Dict::default();
    }

    /// Moves entry `i` to the end (OrderedDict.move_to_end).
    pub fn move_to_end(&mut self, i: usize) {
        if let Some(e) = self.remove_at(i) {
            self.push(e.hash, e.key, e.value);
        }
    }

    /// A copy: built-in values are shared, as Python's shallow copy does.
    pub fn copy(&self) -> Dict {
        let mut d = Dict::new();
        for e in self.iter() {
            d.push(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}
