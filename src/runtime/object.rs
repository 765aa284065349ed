//! The heap objects behind `Value`'s handles: classes and instances,
//! functions, methods, modules, generators, iterators, files.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use super::name::{Attrs, Name};
use super::value::Value;
use crate::compile::ir::Code;
use crate::interp::{Vm, R};

/// What native data the instances of a class carry, inherited from the
/// built-in base it derives from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// A built-in type whose values are not `Instance`s (int, str, list...).
    Native,
    Object,
    Exception,
}

pub struct Class {
    pub name: Name,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Rc<str>>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after the class itself (C3).
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<Attrs>,
    pub layout: Layout,
    /// The metaclass, when it is not `type`.
    pub metaclass: Option<Rc<Class>>,
    /// Which attribute hooks the class defines in Python (see `hooks`),
    /// computed on first use; 0 means not yet.
    pub hook_cache: Cell<u8>,
}

/// `__getattribute__` defined in Python.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// `__setattr__` defined in Python.
pub const HOOK_SETATTR: u8 = 2;
/// Every Python class of the MRO has `__slots__`: instances take only
/// the slot names as attributes.
pub const HOOK_SLOTS: u8 = 4;
const HOOKS_KNOWN: u8 = 0x80;

impl Class {
    /// The class, then its MRO.
    pub fn mro_iter(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Looks a name up along the MRO.
    pub fn lookup(self: &Rc<Class>, name: &Name) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// The attribute hooks (HOOK_*) the class or its bases define in
    /// Python; assigning to a class's dunders resets its cache.
    pub fn hooks(self: &Rc<Class>, getattribute: &Name, setattr: &Name, slots: &Name) -> u8 {
        let cached = self.hook_cache.get();
        if cached & HOOKS_KNOWN != 0 {
            return cached;
        }
        let user = |n: &Name| matches!(self.lookup(n), Some(v) if !matches!(v, Value::Builtin(_)));
        let mut h = HOOKS_KNOWN;
        if user(getattribute) {
            h |= HOOK_GETATTRIBUTE;
        }
        if user(setattr) {
            h |= HOOK_SETATTR;
        }
        let python_classes = || self.mro_iter().filter(|c| c.layout != Layout::Native);
        let slotted = |c: &&Rc<Class>| {
            c.dict.borrow().contains_key(slots) || c.module.borrow().as_ref() == "builtins"
        };
        if self.dict.borrow().contains_key(slots) && python_classes().all(|c| slotted(&c)) {
            h |= HOOK_SLOTS;
        }
        self.hook_cache.set(h);
        h
    }

    /// The built-in value type (list, int, ...) a Python class derives
    /// from, if any.
    pub fn native_base(self: &Rc<Class>) -> Option<&Rc<Class>> {
        if self.layout == Layout::Native {
            return None;
        }
        self.mro.iter().find(|c| c.layout == Layout::Native)
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Attrs>,
    /// Exception state, for instances of BaseException's subclasses.
    /// Boxed: most instances are not exceptions.
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For an instance of a Python subclass of a built-in value type
    /// (`class Tags(list)`), the built-in value it extends: the base's
    /// methods and operators act on it.
    pub native: Option<Value>,
}

impl Instance {
    /// A plain instance: no exception state, no built-in value inside.
    pub fn plain(class: Rc<Class>, dict: Attrs) -> Instance {
        Instance {
            class,
            dict: RefCell::new(dict),
            exc: None,
            native: None,
        }
    }
}

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Clone)]
pub struct TbEntry {
    pub file: Rc<str>,
    pub function: Rc<str>,
    pub line: u32,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<TbEntry>,
    /// The frame activation that last recorded itself in the traceback.
    pub last_frame: u64,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Vec<Value>,
}

pub type BuiltinFn = fn(&'static Vm, &[Value], &[(Name, Value)]) -> R<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// A method of a built-in value type: called on an instance of a
    /// Python subclass, it receives the built-in value inside instead.
    pub unwraps_self: bool,
    /// For module-level functions, the module's name (in reprs).
    pub module: Option<&'static str>,
}

/// A function or builtin bound to the object it was looked up on.
pub struct Method {
    pub func: Value,
    pub receiver: Value,
}

pub type CellObj = RefCell<Option<Value>>;

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Module>,
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by position among them.
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<Rc<CellObj>>,
    pub name: RefCell<Name>,
    pub qualname: RefCell<Rc<str>>,
    pub dict: RefCell<Attrs>,
    pub doc: RefCell<Value>,
}

pub struct Module {
    pub name: Name,
    pub file: Option<Rc<str>>,
    pub dict: RefCell<Attrs>,
}

pub type BodyFuture = Pin<Box<dyn Future<Output = R<Value>>>>;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
}

pub struct Generator {
    pub kind: GenKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The suspended body; `None` once it has finished.
    pub body: RefCell<Option<BodyFuture>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `super()`: look names up in `obj`'s MRO after `after`.
pub struct SuperObj {
    pub after: Rc<Class>,
    pub obj: Value,
}

pub struct FileObj {
    pub name: Value,
    pub mode: Rc<str>,
    pub binary: bool,
    pub state: RefCell<FileState>,
}

pub enum FileState {
    Read {
        data: Vec<u8>,
        pos: usize,
    },
    Write(std::fs::File),
    /// sys.stdout: the interpreter's buffered output.
    Stdout,
    Stderr,
    Stdin,
    Closed,
}

/// Iterators implemented natively.
pub enum NativeIter {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<super::Str>,
        byte: usize,
    },
    DictKeys {
        dict: Value,
        index: usize,
        len: usize,
        kind: DictView,
    },
    Set {
        items: Vec<Value>,
        index: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
        keep: bool,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct ViewObj {
    pub dict: Rc<RefCell<super::Dict>>,
    pub kind: DictView,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}
