//! `Value`: every Python value weft handles, in 16 bytes. Small immutable
//! values are inline; everything else is an `Rc` handle to a heap object
//! (one interpreter thread, so `Rc`/`RefCell`, never `Arc`/`Mutex`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::Dict;
use super::name::Name;
use super::object::*;
use super::set::Set;

#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A complex number (real, imaginary): rare, so behind a handle.
    Complex(Rc<(f64, f64)>),
    Ellipsis,
    NotImplemented,
    /// Always outside i64's range: arithmetic normalises back to `Int`.
    BigInt(Rc<BigInt>),
    Str(Rc<Str>),
    Bytes(Rc<Vec<u8>>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Set>>),
    FrozenSet(Rc<Set>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<Method>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Generator(Rc<Generator>),
    Iter(Rc<RefCell<NativeIter>>),
    /// `d.keys()`, `d.values()`, `d.items()`.
    View(Rc<ViewObj>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<SuperObj>),
    File(Rc<FileObj>),
    Cell(Rc<CellObj>),
    /// The Rust data of an object of a type defined in Rust by the stdlib
    /// (bytearray, deque, ...): only ever inside an `Instance`'s `native`.
    Opaque(Rc<Opaque>),
    /// An asyncio Future or Task of the native classes themselves: one
    /// allocation, no attribute table (C futures have none either). A
    /// Python subclass's instances are `Instance`s holding a FutureObj.
    Future(Rc<crate::aio::future::FutureObj>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// The characters str.splitlines breaks at (a `\r\n` pair is one break);
/// tracebacks and string.Template count lines the same way.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A str: the text, and whether it is ASCII (then code-point indexing is
/// byte indexing, the common case).
pub struct Str {
    pub text: Box<str>,
    pub ascii: bool,
    /// Number of code points, counted once.
    pub chars: usize,
    pub hash: Cell<Option<i64>>,
}

impl Str {
    pub fn new(text: impl Into<Box<str>>) -> Str {
        let text = text.into();
        let ascii = text.is_ascii();
        let chars = if ascii {
            text.len()
        } else {
            text.chars().count()
        };
        Str {
            text,
            ascii,
            chars,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The `i`th code point (0 <= i < chars).
    pub fn char_at(&self, i: usize) -> char {
        if self.ascii {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i <= chars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// Code-point index of byte offset `b`.
    pub fn char_index(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.text[..b].chars().count()
        }
    }
}

impl Value {
    pub fn str(s: impl Into<Box<str>>) -> Value {
        Value::Str(Rc::new(Str::new(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    pub fn bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.text),
            _ => None,
        }
    }

    /// Identity, as `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; every int is here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object behind the handle: `id()` and `is`.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            View(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            File(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Opaque(r) => Rc::as_ptr(r) as *const u8 as usize,
            Future(r) => Rc::as_ptr(r) as *const u8 as usize,
            None | Bool(_) | Int(_) | Float(_) | Ellipsis | NotImplemented => return Option::None,
        })
    }
}

/// An interned attribute or variable name, for a `Name`-keyed namespace.
pub fn name_value(name: &Name) -> Value {
    Value::str(&**name)
}
