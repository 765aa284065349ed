//! An instance's attribute table. Most objects get a handful of attributes
//! in `__init__` and keep them, and a program may hold hundreds of
//! thousands of them: a short vector searched by interned-name identity
//! takes one allocation and a third of the memory of a hash map, and is as
//! fast to search at that size. Past `SMALL` entries it becomes a map.
//!
//! Once a program reads `obj.__dict__` (or `vars(obj)`), the attributes
//! move into a real dict, shared with the program: what it writes through
//! the dict is the object's attributes, and the other way round.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Dict;
use super::name::{Attrs, Name};
use super::value::Value;

const SMALL: usize = 12;

pub enum InstanceAttrs {
    Small(Vec<(Name, Value)>),
    /// Boxed: the small form is the common one, and sizes the enum.
    Large(Box<Attrs>),
    /// The dict `__dict__` handed out; keys that are not str are kept
    /// there but are no attributes.
    Shared(Rc<RefCell<Dict>>),
}

impl Default for InstanceAttrs {
    fn default() -> Self {
        InstanceAttrs::Small(Vec::new())
    }
}

impl From<Attrs> for InstanceAttrs {
    fn from(map: Attrs) -> Self {
        if map.len() <= SMALL {
            InstanceAttrs::Small(map.into_iter().collect())
        } else {
            InstanceAttrs::Large(Box::new(map))
        }
    }
}

impl InstanceAttrs {
    pub fn get(&self, name: &Name) -> Option<Value> {
        match self {
            InstanceAttrs::Small(v) => v.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            InstanceAttrs::Large(m) => m.get(name).cloned(),
            InstanceAttrs::Shared(d) => d.borrow().get_str(name).cloned(),
        }
    }

    pub fn contains_key(&self, name: &Name) -> bool {
        match self {
            InstanceAttrs::Small(v) => v.iter().any(|(k, _)| k == name),
            InstanceAttrs::Large(m) => m.contains_key(name),
            InstanceAttrs::Shared(d) => d.borrow().get_str(name).is_some(),
        }
    }

    /// Sets `name`, keeping its place when it exists; returns the old value.
    pub fn insert(&mut self, name: Name, value: Value) -> Option<Value> {
        match self {
            InstanceAttrs::Small(v) => {
                if let Some((_, old)) = v.iter_mut().find(|(k, _)| *k == name) {
                    return Some(std::mem::replace(old, value));
                }
                if v.len() < SMALL {
                    // Grow 2, 4, 8, 12: objects rarely outgrow __init__.
                    if v.len() == v.capacity() {
                        v.reserve_exact(v.len().max(2).min(SMALL - v.len()));
                    }
                    v.push((name, value));
                    return None;
                }
                let mut map: Attrs = std::mem::take(v).into_iter().collect();
                map.insert(name, value);
                *self = InstanceAttrs::Large(Box::new(map));
                None
            }
            InstanceAttrs::Large(m) => m.insert(name, value),
            InstanceAttrs::Shared(d) => {
                let mut d = d.borrow_mut();
                let old = d.get_str(&name).cloned();
                d.set_str(&name, value);
                old
            }
        }
    }

    /// Removes `name`, keeping the others in order.
    pub fn shift_remove(&mut self, name: &Name) -> Option<Value> {
        match self {
            InstanceAttrs::Small(v) => {
                let i = v.iter().position(|(k, _)| k == name)?;
                Some(v.remove(i).1)
            }
            InstanceAttrs::Large(m) => m.shift_remove(name),
            InstanceAttrs::Shared(d) => d.borrow_mut().remove_str(name),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            InstanceAttrs::Small(v) => v.len(),
            InstanceAttrs::Large(m) => m.len(),
            InstanceAttrs::Shared(d) => d.borrow().len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&mut self) {
        match self {
            InstanceAttrs::Shared(d) => d.borrow_mut().clear(),
            _ => *self = InstanceAttrs::default(),
        }
    }

    /// The attributes (str keys) in the order they were first set.
    pub fn entries(&self) -> Vec<(Name, Value)> {
        match self {
            InstanceAttrs::Small(v) => v.clone(),
            InstanceAttrs::Large(m) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            InstanceAttrs::Shared(d) => d
                .borrow()
                .iter()
                .filter_map(|e| Some((Name::new(e.key.as_str()?), e.value.clone())))
                .collect(),
        }
    }

    pub fn keys(&self) -> Vec<Name> {
        self.entries().into_iter().map(|(k, _)| k).collect()
    }

    /// The dict that is `__dict__`: made from the attributes the first
    /// time, the same one ever after.
    pub fn share(&mut self) -> Rc<RefCell<Dict>> {
        if let InstanceAttrs::Shared(d) = self {
            return d.clone();
        }
        let mut dict = Dict::new();
        for (k, v) in self.entries() {
            dict.set_str(&k, v);
        }
        let shared = Rc::new(RefCell::new(dict));
        *self = InstanceAttrs::Shared(shared.clone());
        shared
    }

    /// `obj.__dict__ = d`: the object's attributes are `d` from now on.
    pub fn replace_shared(&mut self, dict: Rc<RefCell<Dict>>) {
        *self = InstanceAttrs::Shared(dict);
    }
}
