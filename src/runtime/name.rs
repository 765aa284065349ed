//! Interned names. Every identifier and attribute name is interned once
//! (at compile time for names in the program), so that namespaces compare
//! and hash names by pointer: no string hashing on a hot path.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Deref;
use std::rc::Rc;

use indexmap::IndexMap;

#[derive(Clone)]
pub struct Name(Rc<str>);

thread_local! {
    static INTERNED: RefCell<HashSet<Rc<str>>> = RefCell::new(HashSet::new());
}

impl Name {
    pub fn new(text: &str) -> Name {
        INTERNED.with(|set| {
            let mut set = set.borrow_mut();
            if let Some(found) = set.get(text) {
                return Name(found.clone());
            }
            let rc: Rc<str> = Rc::from(text);
            set.insert(rc.clone());
            Name(rc)
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The interned text itself, shared (no copy).
    pub fn to_rc(&self) -> Rc<str> {
        self.0.clone()
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Name {}

impl Hash for Name {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(Rc::as_ptr(&self.0) as *const u8 as usize);
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", &*self.0)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Hashes one pointer-sized word with a multiply (names hash by address).
#[derive(Default)]
pub struct PtrHasher(u64);

impl Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A namespace: module globals, class dicts, instance attributes. Ordered,
/// because `vars()` and `dir()` show insertion order.
pub type Attrs = IndexMap<Name, super::Value, BuildHasherDefault<PtrHasher>>;
