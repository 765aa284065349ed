"""typing — the names scripts import for annotations.

They do nothing at run time but exist, subscript, and print as CPython
3.11's do; NamedTuple and TypedDict build real classes, and Generic and
Protocol can be subclassed.
"""

import sys

import collections as _collections
import collections.abc as _abc
import re as _re

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if callable(obj) and hasattr(obj, "__qualname__") and not hasattr(obj, "__origin__"):
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


def _params(params):
    return params if isinstance(params, tuple) else (params,)


def _is_abc(origin):
    # weft's collections.abc ABCs stand for their classes (ABCMeta instances).
    return type(origin).__name__ == "ABCMeta"


class _GenericAlias:
    """A subscripted form: List[int], Optional[str], Callable[[int], str]."""

    def __init__(self, origin, args, name=None, special=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special

    def __repr__(self):
        name = self._name
        if name == "Optional":
            return f"typing.Optional[{_type_repr(self.__args__[0])}]"
        if name == "Union":
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f"typing.Optional[{_type_repr(other)}]"
        if name == "Callable" and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return (f"typing.Callable[[{', '.join(_type_repr(a) for a in self.__args__[0])}], "
                    f"{_type_repr(self.__args__[1])}]")
        if name is None:
            prefix = _type_repr(self.__origin__)
        else:
            prefix = f"typing.{name}"
        if not self.__args__:
            return f"{prefix}[()]"
        return f"{prefix}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _params(params), self._name)

    @property
    def __name__(self):
        if self._name in ("Union", "Optional"):
            args = self.__args__
            return "Optional" if len(args) == 2 and type(None) in args else "Union"
        return self._name or self.__origin__.__name__

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        if _is_abc(self.__origin__):
            return self.__origin__.__mro_entries__(bases)
        return ()

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self._name in ("Union", "Optional"):
            return self.__subclasscheck__(type(obj))
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        # A union is a class check against each of its members (3.10+).
        if self._name in ("Union", "Optional"):
            return any(issubclass(cls, arg) for arg in self.__args__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialForm:
    def __init__(self, name, doc="", getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    @property
    def __name__(self):
        return self._name

    def __getitem__(self, parameters):
        if self._getitem is not None:
            return self._getitem(self, parameters)
        return _GenericAlias(self, _params(parameters), self._name)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = []
    for p in _params(parameters):
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._name in ("Union", "Optional"):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in params:
                params.append(item)
    if len(params) == 1:
        return params[0]
    return _GenericAlias(self, tuple(params), "Union")


def _optional(self, parameter):
    return Union[parameter, None]


def _literal(self, parameters):
    return _GenericAlias(self, _params(parameters), "Literal")


class _AnnotatedAlias(_GenericAlias):
    """Annotated[int, meta]: the type, with metadata that does nothing."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _annotated(self, params):
    params = _params(params)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], tuple(params[1:]))


Any = _SpecialForm("Any")


class Annotated:
    """Annotated[T, x]: the type T with metadata x, which does nothing."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass typing.Annotated")


NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Union = _SpecialForm("Union", getitem=_union)
Optional = _SpecialForm("Optional", getitem=_optional)
Literal = _SpecialForm("Literal", getitem=_literal)
TypeAlias = _SpecialForm("TypeAlias")
Concatenate = _SpecialForm("Concatenate")
TypeGuard = _SpecialForm("TypeGuard")
Required = _SpecialForm("Required")
NotRequired = _SpecialForm("NotRequired")
Unpack = _SpecialForm("Unpack")


class _SpecialGenericAlias:
    """An unsubscripted alias of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, name, check=None):
        self.__origin__ = origin
        self._name = name
        self._check = check

    def __repr__(self):
        return "typing." + self._name

    @property
    def __name__(self):
        return self._name

    def __getitem__(self, params):
        params = _params(params)
        if self._name == "Callable" and len(params) == 2:
            args, result = params
            if isinstance(args, (list, tuple)):
                params = (list(args), result)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        if _is_abc(self.__origin__):
            return self.__origin__.__mro_entries__(bases)
        return (object,)

    def __instancecheck__(self, obj):
        if self._check is not None:
            return self._check(obj)
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(self.__origin__, type) or _is_abc(self.__origin__):
            return issubclass(cls, self.__origin__)
        return False

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _has(*names):
    def check(obj):
        t = type(obj)
        return all(hasattr(t, n) for n in names)
    return check


def _lazy(module, name):
    try:
        return getattr(__import__(module), name)
    except Exception:
        return object


List = _SpecialGenericAlias(list, "List")
Dict = _SpecialGenericAlias(dict, "Dict")
Set = _SpecialGenericAlias(set, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, "Tuple")
Type = _SpecialGenericAlias(type, "Type")
Text = str
Callable = _SpecialGenericAlias(_abc.Callable, "Callable", callable)
Iterable = _SpecialGenericAlias(_abc.Iterable, "Iterable", _has("__iter__"))
Iterator = _SpecialGenericAlias(_abc.Iterator, "Iterator", _has("__iter__", "__next__"))
Reversible = _SpecialGenericAlias(_abc.Reversible, "Reversible", _has("__reversed__"))
Generator = _SpecialGenericAlias(_abc.Generator, "Generator", _has("send", "throw"))
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, "AsyncIterable", _has("__aiter__"))
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, "AsyncIterator", _has("__aiter__", "__anext__"))
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, "AsyncGenerator", _has("asend", "athrow"))
Awaitable = _SpecialGenericAlias(_abc.Awaitable, "Awaitable", _has("__await__"))
Coroutine = _SpecialGenericAlias(_abc.Coroutine, "Coroutine", _has("send", "throw", "close"))
Hashable = _SpecialGenericAlias(_abc.Hashable, "Hashable", lambda obj: type(obj).__hash__ is not None)
Sized = _SpecialGenericAlias(_abc.Sized, "Sized", _has("__len__"))
Container = _SpecialGenericAlias(_abc.Container, "Container", _has("__contains__"))
Collection = _SpecialGenericAlias(_abc.Collection, "Collection", _has("__len__", "__iter__", "__contains__"))
Sequence = _SpecialGenericAlias(_abc.Sequence, "Sequence",
                  lambda obj: isinstance(obj, (list, tuple, str, range, bytes, bytearray)))
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, "MutableSequence", lambda obj: isinstance(obj, (list, bytearray)))
Mapping = _SpecialGenericAlias(_abc.Mapping, "Mapping", lambda obj: isinstance(obj, dict))
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, "MutableMapping", lambda obj: isinstance(obj, dict))
AbstractSet = _SpecialGenericAlias(_abc.Set, "AbstractSet", lambda obj: isinstance(obj, (set, frozenset)))
MutableSet = _SpecialGenericAlias(_abc.MutableSet, "MutableSet", lambda obj: isinstance(obj, set))
KeysView = _SpecialGenericAlias(_abc.KeysView, "KeysView", lambda obj: type(obj).__name__ == "dict_keys")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, "ItemsView", lambda obj: type(obj).__name__ == "dict_items")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, "ValuesView", lambda obj: type(obj).__name__ == "dict_values")
ContextManager = _SpecialGenericAlias(object, "ContextManager", _has("__enter__", "__exit__"))
AsyncContextManager = _SpecialGenericAlias(object, "AsyncContextManager", _has("__aenter__", "__aexit__"))
ByteString = _SpecialGenericAlias(_abc.ByteString, "ByteString", lambda obj: isinstance(obj, (bytes, bytearray)))
Deque = _SpecialGenericAlias(_collections.deque, "Deque")
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, "DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, "OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, "Counter")
ChainMap = _SpecialGenericAlias(_collections.ChainMap, "ChainMap")
IO = _SpecialGenericAlias(object, "IO")
TextIO = _SpecialGenericAlias(object, "TextIO")
BinaryIO = _SpecialGenericAlias(object, "BinaryIO")
Pattern = _SpecialGenericAlias(_re.Pattern, "Pattern")
Match = _SpecialGenericAlias(_re.Match, "Match")
SupportsInt = _SpecialGenericAlias(object, "SupportsInt", _has("__int__"))
SupportsFloat = _SpecialGenericAlias(object, "SupportsFloat", _has("__float__"))
SupportsAbs = _SpecialGenericAlias(object, "SupportsAbs", _has("__abs__"))
SupportsIndex = _SpecialGenericAlias(object, "SupportsIndex", _has("__index__"))
SupportsRound = _SpecialGenericAlias(object, "SupportsRound", _has("__round__"))
SupportsBytes = _SpecialGenericAlias(object, "SupportsBytes", _has("__bytes__"))
SupportsComplex = _SpecialGenericAlias(object, "SupportsComplex", _has("__complex__"))
MappingView = _SpecialGenericAlias(_abc.MappingView, "MappingView",
                     lambda obj: type(obj).__name__ in ("dict_keys", "dict_items", "dict_values"))


class ForwardRef:
    """A string annotation to be evaluated later (what get_type_hints does)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpecArgs:
    """P.args of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    """P.kwargs of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class _GenericClassAlias(_GenericAlias):
    """Generic[T] and Stack[int]: subclassing one subclasses the class."""

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericClassAlias(cls, _params(params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


# What a protocol's members are not, as CPython's _get_protocol_attrs
# leaves them out.
_EXCLUDED_ATTRIBUTES = frozenset({
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol", "__abstractmethods__", "__annotations__", "__dict__",
    "__doc__", "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
    "__weakref__", "__class_getitem__", "_MutableMapping__marker", "__qualname__",
})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    """isinstance() and issubclass() against a @runtime_checkable protocol
    check for its members (structural typing), as CPython's _ProtocolMeta."""

    def _check_runtime(cls):
        if cls.__dict__.get("_is_protocol", False) and not getattr(
                cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")

    def __instancecheck__(cls, instance):
        cls._check_runtime()
        if cls in type(instance).__mro__:
            return True
        if cls.__dict__.get("_is_protocol", False):
            return all(hasattr(instance, attr)
                       and (not callable(getattr(cls, attr, None))
                            or getattr(instance, attr) is not None)
                       for attr in _get_protocol_attrs(cls))
        return False

    def __subclasscheck__(cls, other):
        cls._check_runtime()
        if cls in getattr(other, "__mro__", ()):
            return True
        if cls.__dict__.get("_is_protocol", False):
            attrs = _get_protocol_attrs(cls)
            if any(not callable(getattr(cls, attr, None)) for attr in attrs):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            return all(any(attr in base.__dict__ and base.__dict__[attr] is not None
                           for base in other.__mro__)
                       for attr in attrs)
        return False


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class listing Protocol among its bases is a protocol itself;
        # one that only inherits from a protocol is a concrete class.
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type; at run time, the value unchanged."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


# Each overloaded function's variants, by (module, qualname), as 3.11 keeps them.
_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def overload(func):
    f = getattr(func, "__func__", func)
    try:
        _overloads.setdefault((f.__module__, f.__qualname__), []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overloads.get((getattr(f, "__module__", None), getattr(f, "__qualname__", None)), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return getattr(tp, "__origin__", None)


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    return getattr(tp, "__args__", ())


def _strip_annotations(t):
    return t.__origin__ if isinstance(t, _AnnotatedAlias) else t


def _eval_hint(value, globalns, localns):
    # String annotations (forward references) are evaluated where their
    # class or function was defined, as CPython's ForwardRef does.
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        if globalns is None:
            globalns = getattr(obj, "__globals__", {})
        if localns is None:
            localns = globalns
        for name, value in getattr(obj, "__annotations__", {}).items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class NewType:
    """NewType('UserId', int): a callable that returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _type_convert(arg, module=None):
    # What CPython's _type_check makes of an annotation that NamedTuple and
    # TypedDict record: None is NoneType, a string a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if "_root" in ns:
            return super().__new__(cls, typename, bases, ns)
        import collections
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types),
                                        defaults=[ns[n] for n in default_names],
                                        module=ns.get("__module__", "__main__"))
        nm_tpl.__annotations__ = {n: _type_convert(t) for n, t in types.items()}
        for key in ns:
            if key in ("__annotations__", "__module__", "__qualname__", "_root"):
                continue
            if key in ("__new__", "__init__", "__slots__", "__getnewargs__",
                       "_fields", "_field_defaults", "_make", "_replace", "_asdict",
                       "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int."""

    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        import collections
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nm_tpl = collections.namedtuple(typename, [n for n, _ in fields])
        nm_tpl.__annotations__ = {n: _type_convert(t) for n, t in fields}
        return nm_tpl


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if "_root" in ns:
            return super().__new__(cls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        module = ns.get("__module__", "__main__")
        annotations.update({n: _type_convert(t, module)
                            for n, t in ns.get("__annotations__", {}).items()})
        tp_dict = super().__new__(cls, name, (dict,), {
            "__annotations__": annotations,
            "__total__": total,
            "__module__": ns.get("__module__", "__main__"),
        })
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if "_root" in cls.__dict__:
            return _typed_dict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of keys; at run time, a plain dict."""

    _root = True


def _typed_dict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {"__annotations__": dict(fields)}, total=total)
