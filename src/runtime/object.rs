//! The heap objects behind `Value`'s handles: classes and instances,
//! functions, methods, modules, generators, iterators, files.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use super::inst_attrs::InstanceAttrs;
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
    pub dict: RefCell<InstanceAttrs>,
    /// Exception state, for instances of BaseException's subclasses.
    /// Boxed: most instances are not exceptions.
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For an instance of a Python subclass of a built-in value type
    /// (`class Tags(list)`), the built-in value it extends: the base's
    /// methods and operators act on it.
    pub native: Option<Value>,
}

/// The data of a stdlib type written in Rust. Its methods reach it with
/// [`Instance::data`]; the type's `__new__` puts it in place.
pub struct Opaque(pub Box<dyn std::any::Any>);

impl Instance {
    /// The Rust data of an instance of a stdlib type, if it is a `T`.
    pub fn data<T: 'static>(&self) -> Option<&T> {
        match &self.native {
            Some(Value::Opaque(o)) => o.0.downcast_ref(),
            _ => None,
        }
    }

    /// An instance of `class` (a stdlib type or a subclass of it) with its data.
    pub fn with_data<T: 'static>(class: Rc<Class>, data: T) -> Value {
        Value::Instance(Rc::new(Instance {
            class,
            dict: RefCell::new(InstanceAttrs::default()),
            exc: None,
            native: Some(Value::Opaque(Rc::new(Opaque(Box::new(data))))),
        }))
    }

    /// A plain instance: no exception state, no built-in value inside.
    pub fn plain(class: Rc<Class>, dict: Attrs) -> Instance {
        Instance {
            class,
            dict: RefCell::new(dict.into()),
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
    /// OSError's errno, strerror and file names.
    pub os: Option<Box<OsErrorFields>>,
}

/// OSError's attributes beyond `args` (None: never set).
#[derive(Default, Clone)]
pub struct OsErrorFields {
    pub errno: Option<Value>,
    pub strerror: Option<Value>,
    pub filename: Option<Value>,
    pub filename2: Option<Value>,
    /// BlockingIOError's characters_written.
    pub written: Option<i64>,
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
    pub dict: RefCell<InstanceAttrs>,
    pub doc: RefCell<Value>,
    /// `__module__` and `__annotations__` are slots, as in CPython: not in
    /// the function's `__dict__`. Annotations are made on first read.
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
}

pub struct Module {
    pub name: Name,
    pub file: Option<Rc<str>>,
    pub dict: Namespace,
}

/// A module's namespace. Code that reads a global remembers where it
/// found it (`find`); `version` changes whenever a name is added or
/// removed (not when a value changes), which is what a cached "not a
/// global, so a builtin" depends on.
#[derive(Default)]
pub struct Namespace {
    attrs: RefCell<Attrs>,
    version: Cell<u32>,
}

pub struct NamespaceMut<'a> {
    attrs: std::cell::RefMut<'a, Attrs>,
    version: &'a Cell<u32>,
}

impl std::ops::Deref for NamespaceMut<'_> {
    type Target = Attrs;
    fn deref(&self) -> &Attrs {
        &self.attrs
    }
}

impl std::ops::DerefMut for NamespaceMut<'_> {
    fn deref_mut(&mut self) -> &mut Attrs {
        &mut self.attrs
    }
}

impl Drop for NamespaceMut<'_> {
    fn drop(&mut self) {
        self.version.set(self.version.get().wrapping_add(1));
    }
}

impl Namespace {
    pub fn borrow(&self) -> std::cell::Ref<'_, Attrs> {
        self.attrs.borrow()
    }

    /// For changes in bulk: the version moves when the guard drops.
    pub fn borrow_mut(&self) -> NamespaceMut<'_> {
        NamespaceMut {
            attrs: self.attrs.borrow_mut(),
            version: &self.version,
        }
    }

    pub fn get(&self, name: &Name) -> Option<Value> {
        self.attrs.borrow().get(name).cloned()
    }

    pub fn contains(&self, name: &Name) -> bool {
        self.attrs.borrow().contains_key(name)
    }

    pub fn insert(&self, name: Name, v: Value) {
        if self.attrs.borrow_mut().insert(name, v).is_none() {
            self.bump();
        }
    }

    pub fn remove(&self, name: &Name) -> Option<Value> {
        let old = self.attrs.borrow_mut().shift_remove(name);
        if old.is_some() {
            self.bump();
        }
        old
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Changes when a name is added or removed.
    pub fn version(&self) -> u32 {
        self.version.get()
    }

    /// `get`, trying the position `hint` first and remembering where the
    /// name was found.
    #[inline(always)]
    pub fn find(&self, name: &Name, hint: &Cell<u32>) -> Option<Value> {
        let attrs = self.attrs.borrow();
        if let Some((k, v)) = attrs.get_index(hint.get() as usize) {
            if k == name {
                return Some(v.clone());
            }
        }
        let (i, _, v) = attrs.get_full(name)?;
        hint.set(i as u32);
        Some(v.clone())
    }
}

pub type BodyFuture = Pin<Box<dyn Future<Output = R<Value>>>>;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    pub kind: GenKind,
    pub name: Name,
    pub qualname: Rc<str>,
    /// The suspended body; `None` once it has finished (and while it
    /// runs: resuming takes it out). A Cell, not a RefCell: the object
    /// then fits a smaller allocation size class.
    pub body: Cell<Option<BodyFuture>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    /// The code it runs (None for generator expressions' own frames).
    pub code: Option<Rc<Code>>,
    /// The line it is suspended at (its frame keeps it current; 0 for
    /// bodies that are not Python code).
    pub line: Cell<u32>,
    /// The exceptions its own handlers were handling when it suspended
    /// (sys.exc_info() is per generator): put back when it resumes.
    pub handling: Cell<Option<Box<Vec<Value>>>>,
}

impl Generator {
    /// Has it a body (not finished, not running)?
    pub fn has_body(&self) -> bool {
        let body = self.body.take();
        let has = body.is_some();
        self.body.set(body);
        has
    }
}

const _: () = assert!(std::mem::size_of::<Generator>() <= 80);

/// A coroutine that dies never having started is a call whose `await` was
/// forgotten: say so, as CPython's RuntimeWarning does.
impl Drop for Generator {
    fn drop(&mut self) {
        if self.body.get_mut().is_none() {
            return;
        }
        let Some(vm) = crate::interp::try_current() else {
            return;
        };
        match self.kind {
            GenKind::Coroutine if !self.started.get() => vm.warn_never_awaited(self),
            // asyncio's finalizer hook: the loop closes it with aclose().
            GenKind::AsyncGenerator if self.started.get() => {
                let ghost = Generator {
                    kind: self.kind,
                    name: self.name.clone(),
                    qualname: self.qualname.clone(),
                    body: Cell::new(self.body.get_mut().take()),
                    started: Cell::new(true),
                    running: Cell::new(false),
                    code: self.code.clone(),
                    line: Cell::new(self.line.get()),
                    handling: Cell::new(self.handling.take()),
                };
                crate::aio::finalize_asyncgen(vm, ghost);
            }
            _ => {}
        }
    }
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
