//! The built-in classes (int, str, list, ..., the exception hierarchy),
//! created once per interpreter, and the names the interpreter looks up
//! often, interned once.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Vm, R};
use crate::runtime::*;
use crate::syntax::ast::{BinOp, CmpOp};

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names {
            $(pub $field: Name,)*
            /// Each binary operator's (method, reflected, in-place) names.
            binops: Vec<[Name; 3]>,
            /// Each rich comparison's (method, reflected) names.
            cmps: Vec<[Name; 2]>,
        }
        impl Names {
            pub fn new() -> Names {
                use BinOp::*;
                use CmpOp::*;
                let binops = [Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd]
                    .iter()
                    .map(|&op| {
                        let (a, b, c) = binop_names(op);
                        [Name::new(a), Name::new(b), Name::new(c)]
                    })
                    .collect();
                let cmps = [CmpOp::Eq, NotEq, Lt, LtE, Gt, GtE]
                    .iter()
                    .map(|&op| {
                        let (a, b) = cmp_names(op);
                        [Name::new(a), Name::new(b)]
                    })
                    .collect();
                Names { $($field: Name::new($text),)* binops, cmps }
            }

            /// (method, reflected, in-place) of a binary operator, interned.
            pub fn binop(&self, op: BinOp) -> &[Name; 3] {
                &self.binops[op as usize]
            }

            /// (method, reflected) of a rich comparison, interned.
            pub fn compare(&self, op: CmpOp) -> &[Name; 2] {
                &self.cmps[op as usize]
            }
        }
    };
}

/// The dunder names of a rich comparison: (method, reflected).
pub fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        _ => ("", ""),
    }
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__",
    eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", bool = "__bool__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", call = "__call__", enter = "__enter__", exit = "__exit__",
    getattr = "__getattr__", getattribute = "__getattribute__", setattr = "__setattr__", delattr = "__delattr__",
    name = "__name__", qualname = "__qualname__",
    module = "__module__", doc = "__doc__", class = "__class__", dict = "__dict__",
    get = "__get__", set = "__set__", delete = "__delete__", set_name = "__set_name__",
    init_subclass = "__init_subclass__", index = "__index__", int = "__int__",
    float = "__float__", format = "__format__", missing = "__missing__", neg = "__neg__",
    pos = "__pos__", invert = "__invert__", abs = "__abs__", round = "__round__",
    reversed = "__reversed__", class_getitem = "__class_getitem__",
    annotations = "__annotations__", slots = "__slots__", mro = "__mro__", bases = "__bases__",
    args = "args", wrapped = "__wrapped__", await_ = "__await__",
    aiter = "__aiter__", anext = "__anext__", aenter = "__aenter__", aexit = "__aexit__",
}

/// The dunder names of each binary operator: (method, reflected, in-place).
pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

macro_rules! types {
    (natives: $($field:ident = $text:literal),* ;
     exceptions($root:ident, $int:ident, $exc:ident, $beg:ident): $($efield:ident = $etext:literal < $eparent:ident),* $(,)?) => {
        pub struct Types {
            pub object: Rc<Class>,
            pub type_: Rc<Class>,
            $(pub $field: Rc<Class>,)*
            pub base_exception: Rc<Class>,
            $(pub $efield: Rc<Class>,)*
            pub bool: Rc<Class>,
            pub exception_group: Rc<Class>,
            /// Every exception class, for the builtins module.
            pub all_exceptions: Vec<Rc<Class>>,
        }
        impl Types {
            pub fn new() -> Types {
                let object = native_class("object", vec![], Layout::Object);
                let type_ = native_class("type", vec![object.clone()], Layout::Native);
                $(let $field = native_class($text, vec![object.clone()], Layout::Native);)*
                let $root = native_class("BaseException", vec![object.clone()], Layout::Exception);
                let mut all_exceptions = vec![$root.clone()];
                $(
                    let $efield = native_class($etext, vec![$eparent.clone()], Layout::Exception);
                    all_exceptions.push($efield.clone());
                )*
                let bool = native_class("bool", vec![$int.clone()], Layout::Native);
                let exception_group = native_class(
                    "ExceptionGroup",
                    vec![$beg.clone(), $exc.clone()],
                    Layout::Exception,
                );
                all_exceptions.push(exception_group.clone());
                Types {
                    object, type_, $($field,)* base_exception: $root, $($efield,)* bool, exception_group,
                    all_exceptions,
                }
            }
        }
    };
}

types! {
    natives:
    int = "int", float = "float", complex = "complex", str = "str", bytes = "bytes", list = "list",
    tuple = "tuple", dict = "dict", set = "set", frozenset = "frozenset", range = "range",
    slice = "slice", none = "NoneType", ellipsis = "ellipsis",
    not_implemented = "NotImplementedType", generic_alias = "GenericAlias", union_type = "UnionType", function = "function",
    builtin_function = "builtin_function_or_method", method = "method", module = "module",
    generator = "generator", coroutine = "coroutine", property = "property",
    async_generator = "async_generator", async_generator_asend = "async_generator_asend",
    anext_awaitable = "anext_awaitable",
    staticmethod = "staticmethod", classmethod = "classmethod", super_ = "super",
    file = "_io.TextIOWrapper", cell = "cell", dict_keys = "dict_keys",
    dict_values = "dict_values", dict_items = "dict_items", list_iterator = "list_iterator",
    tuple_iterator = "tuple_iterator", range_iterator = "range_iterator",
    str_iterator = "str_iterator", set_iterator = "set_iterator",
    dict_keyiterator = "dict_keyiterator", dict_valueiterator = "dict_valueiterator",
    dict_itemiterator = "dict_itemiterator", reversed = "reversed", enumerate = "enumerate",
    zip = "zip", map = "map", filter = "filter", callable_iterator = "callable_iterator",
    traceback = "traceback", frame = "frame", code = "code";
    exceptions(base_exception, int, exception, base_exception_group):
    exception = "Exception" < base_exception,
    base_exception_group = "BaseExceptionGroup" < base_exception,
    generator_exit = "GeneratorExit" < base_exception,
    keyboard_interrupt = "KeyboardInterrupt" < base_exception,
    system_exit = "SystemExit" < base_exception,
    arithmetic_error = "ArithmeticError" < exception,
    floating_point_error = "FloatingPointError" < arithmetic_error,
    overflow_error = "OverflowError" < arithmetic_error,
    zero_division_error = "ZeroDivisionError" < arithmetic_error,
    assertion_error = "AssertionError" < exception,
    attribute_error = "AttributeError" < exception,
    buffer_error = "BufferError" < exception,
    eof_error = "EOFError" < exception,
    import_error = "ImportError" < exception,
    module_not_found_error = "ModuleNotFoundError" < import_error,
    lookup_error = "LookupError" < exception,
    index_error = "IndexError" < lookup_error,
    key_error = "KeyError" < lookup_error,
    memory_error = "MemoryError" < exception,
    name_error = "NameError" < exception,
    unbound_local_error = "UnboundLocalError" < name_error,
    os_error = "OSError" < exception,
    blocking_io_error = "BlockingIOError" < os_error,
    child_process_error = "ChildProcessError" < os_error,
    connection_error = "ConnectionError" < os_error,
    broken_pipe_error = "BrokenPipeError" < connection_error,
    connection_aborted_error = "ConnectionAbortedError" < connection_error,
    connection_refused_error = "ConnectionRefusedError" < connection_error,
    connection_reset_error = "ConnectionResetError" < connection_error,
    file_exists_error = "FileExistsError" < os_error,
    file_not_found_error = "FileNotFoundError" < os_error,
    interrupted_error = "InterruptedError" < os_error,
    is_a_directory_error = "IsADirectoryError" < os_error,
    not_a_directory_error = "NotADirectoryError" < os_error,
    permission_error = "PermissionError" < os_error,
    process_lookup_error = "ProcessLookupError" < os_error,
    timeout_error = "TimeoutError" < os_error,
    reference_error = "ReferenceError" < exception,
    runtime_error = "RuntimeError" < exception,
    not_implemented_error = "NotImplementedError" < runtime_error,
    recursion_error = "RecursionError" < runtime_error,
    stop_async_iteration = "StopAsyncIteration" < exception,
    stop_iteration = "StopIteration" < exception,
    syntax_error = "SyntaxError" < exception,
    indentation_error = "IndentationError" < syntax_error,
    tab_error = "TabError" < indentation_error,
    system_error = "SystemError" < exception,
    type_error = "TypeError" < exception,
    value_error = "ValueError" < exception,
    unicode_error = "UnicodeError" < value_error,
    unicode_decode_error = "UnicodeDecodeError" < unicode_error,
    unicode_encode_error = "UnicodeEncodeError" < unicode_error,
    warning = "Warning" < exception,
    deprecation_warning = "DeprecationWarning" < warning,
    pending_deprecation_warning = "PendingDeprecationWarning" < warning,
    runtime_warning = "RuntimeWarning" < warning,
    syntax_warning = "SyntaxWarning" < warning,
    user_warning = "UserWarning" < warning,
    future_warning = "FutureWarning" < warning,
    import_warning = "ImportWarning" < warning,
    unicode_warning = "UnicodeWarning" < warning,
    bytes_warning = "BytesWarning" < warning,
    resource_warning = "ResourceWarning" < warning,
    encoding_warning = "EncodingWarning" < warning,
}

impl Default for Types {
    fn default() -> Types {
        Types::new()
    }
}

impl Default for Names {
    fn default() -> Names {
        Names::new()
    }
}

fn native_class(name: &str, bases: Vec<Rc<Class>>, layout: Layout) -> Rc<Class> {
    // Built-in hierarchies are single inheritance but for ExceptionGroup,
    // whose second base (Exception) comes after the first's chain.
    let mut mro: Vec<Rc<Class>> = Vec::new();
    for b in &bases {
        for c in b.mro_iter() {
            if !mro.iter().any(|m| Rc::ptr_eq(m, c)) {
                mro.push(c.clone());
            }
        }
    }
    // object last.
    if let Some(i) = mro.iter().position(|c| c.name.as_str() == "object") {
        let o = mro.remove(i);
        mro.push(o);
    }
    Rc::new(Class {
        name: Name::new(name),
        qualname: RefCell::new(name.into()),
        module: RefCell::new("builtins".into()),
        bases,
        mro,
        dict: RefCell::new(Attrs::default()),
        layout,
        metaclass: None,
        hook_cache: std::cell::Cell::new(0),
    })
}

/// C3 linearisation of a new class's bases (the MRO after the class).
pub fn c3_mro(vm: &Vm, bases: &[Rc<Class>]) -> R<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(c) = candidate.cloned() else {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Builds a class from a name, bases and namespace (what `class` and
/// `type(name, bases, dict)` do).
pub fn new_class(vm: &Vm, name: Name, bases: Vec<Rc<Class>>, dict: Attrs) -> R<Rc<Class>> {
    let metaclass = bases.iter().find_map(|b| b.metaclass.clone());
    new_class_of(vm, name, bases, dict, metaclass)
}

/// `new_class` with the metaclass given (None: `type`).
pub fn new_class_of(
    vm: &Vm,
    name: Name,
    bases: Vec<Rc<Class>>,
    dict: Attrs,
    metaclass: Option<Rc<Class>>,
) -> R<Rc<Class>> {
    let bases = if bases.is_empty() {
        vec![vm.t.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        if b.layout == Layout::Native && !vm.is_subclassable(b) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
    }
    // One kind of native data per instance: a built-in value or exception state.
    let mut layouts = bases.iter().filter_map(|b| match b.layout {
        Layout::Native => Some(b),
        Layout::Exception => Some(&vm.t.base_exception),
        Layout::Object => b.native_base(),
    });
    if let Some(first) = layouts.next() {
        if layouts.any(|b| !first.is_subclass(b) && !b.is_subclass(first)) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
    }
    let mro = c3_mro(vm, &bases)?;
    // Defining __eq__ without __hash__ makes instances unhashable.
    let mut dict = dict;
    if dict.contains_key(&vm.n.eq) && !dict.contains_key(&vm.n.hash) {
        dict.insert(vm.n.hash.clone(), Value::None);
    }
    // Implicit class methods, as type.__new__ makes them: so that
    // `super().__init_subclass__()` binds the class.
    for name in [&vm.n.init_subclass, &vm.n.class_getitem] {
        if let Some(Value::Function(f)) = dict.get(name) {
            let f = Value::ClassMethod(Rc::new(Value::Function(f.clone())));
            dict.insert(name.clone(), f);
        }
    }
    let layout = if mro.iter().any(|c| c.layout == Layout::Exception) {
        Layout::Exception
    } else {
        Layout::Object
    };
    let module = dict
        .get(&vm.n.module)
        .and_then(|m| m.as_str().map(Rc::from))
        .unwrap_or_else(|| "__main__".into());
    // Every class has its own __doc__ (None without a docstring).
    if !dict.contains_key(&vm.n.doc) {
        dict.insert(vm.n.doc.clone(), Value::None);
    }
    // The qualified name lives in the class, not in its namespace (where
    // instances would see it).
    let qualname = dict
        .shift_remove(&vm.n.qualname)
        .and_then(|m| m.as_str().map(Rc::from))
        .unwrap_or_else(|| name.as_str().into());
    Ok(Rc::new(Class {
        name,
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        bases,
        mro,
        dict: RefCell::new(dict),
        layout,
        metaclass,
        hook_cache: std::cell::Cell::new(0),
    }))
}

/// Registers the methods of the built-in types and the builtins module.
pub fn install(vm: &'static Vm) {
    let t = &vm.t;
    let mut b = vm.builtins.dict.borrow_mut();
    let classes = [
        &t.object,
        &t.type_,
        &t.int,
        &t.bool,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
        &t.reversed,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
    ];
    for c in classes {
        b.insert(c.name.clone(), Value::Class(c.clone()));
    }
    for c in &t.all_exceptions {
        b.insert(c.name.clone(), Value::Class(c.clone()));
    }
    b.insert(
        Name::new("EnvironmentError"),
        Value::Class(t.os_error.clone()),
    );
    b.insert(Name::new("IOError"), Value::Class(t.os_error.clone()));
    b.insert(Name::new("__name__"), Value::str("builtins"));
    b.insert(Name::new("None"), Value::None);
    b.insert(Name::new("Ellipsis"), Value::Ellipsis);
    b.insert(Name::new("NotImplemented"), Value::NotImplemented);
    b.insert(Name::new("__debug__"), Value::Bool(true));
    drop(b);
    // The mutable containers are unhashable: `list.__hash__ is None`.
    for c in [&t.list, &t.dict, &t.set] {
        c.dict.borrow_mut().insert(vm.n.hash.clone(), Value::None);
    }
}
