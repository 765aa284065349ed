//! An instance's attribute table. Most objects get a handful of attributes
//! in `__init__` and keep them, and a program may hold hundreds of
//! thousands of them: a short vector searched by interned-name identity
//! takes one allocation and a third of the memory of a hash map, and is as
//! fast to search at that size. Past `SMALL` entries it becomes a map.

use super::name::{Attrs, Name};
use super::value::Value;

const SMALL: usize = 12;

pub enum InstanceAttrs {
    Small(Vec<(Name, Value)>),
    /// Boxed: the small form is the common one, and sizes the enum.
    Large(Box<Attrs>),
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
    pub fn get(&self, name: &Name) -> Option<&Value> {
        match self {
            InstanceAttrs::Small(v) => v.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            InstanceAttrs::Large(m) => m.get(name),
        }
    }

    pub fn get_mut(&mut self, name: &Name) -> Option<&mut Value> {
        match self {
            InstanceAttrs::Small(v) => v.iter_mut().find(|(k, _)| k == name).map(|(_, v)| v),
            InstanceAttrs::Large(m) => m.get_mut(name),
        }
    }

    pub fn contains_key(&self, name: &Name) -> bool {
        self.get(name).is_some()
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
        }
    }

    pub fn len(&self) -> usize {
        match self {
            InstanceAttrs::Small(v) => v.len(),
            InstanceAttrs::Large(m) => m.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&mut self) {
        *self = InstanceAttrs::default();
    }

    /// The attributes in the order they were first set.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (&Name, &Value)> + '_> {
        match self {
            InstanceAttrs::Small(v) => Box::new(v.iter().map(|(k, v)| (k, v))),
            InstanceAttrs::Large(m) => Box::new(m.iter()),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &Name> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> + '_ {
        self.iter().map(|(_, v)| v)
    }
}
