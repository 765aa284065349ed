"""enum — weft's own implementation of CPython 3.11's enum module.

Enum classes are made by the metaclass EnumType: it takes the members out of
the class body, makes each one an instance of the new class (through the
mixed-in type's __new__, for IntEnum and StrEnum), and answers iteration,
len(), `in`, indexing by name and calls by value on the class.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag",
    "IntFlag", "auto", "unique", "property", "member", "nonmember",
    "global_enum", "verify", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
]

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class property:
    """enum.property: the members' read-only attributes (name, value), with
    CPython's complaints on assignment and deletion. (weft's builtin
    property cannot be subclassed, so this is a descriptor of its own.)"""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        if self.fget is None:
            raise AttributeError("<enum %r> cannot get attribute %r"
                                 % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith("__"))


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class _EnumDict(dict):
    """The namespace of an Enum class body. As in CPython, a member's
    auto() becomes its value when it is assigned, so that later lines of the
    body see values (`ALL = READ | WRITE`)."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._ignore = []
        self._last_values = []
        self._member_names = []

    def _auto_value(self, key, value):
        if value.value is _auto_null:
            value.value = self._generate(
                key, 1, len(self._last_values), self._last_values[:])
        return value.value

    def __setitem__(self, key, value):
        if key == "_generate_next_value_":
            self._generate = value
        elif key == "_ignore_":
            self._ignore = (value.replace(",", " ").split()
                            if isinstance(value, str) else list(value))
        elif (key in self._member_names and not _is_dunder(key)
              and not _is_sunder(key) and not _is_private(self._cls_name, key)):
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif not (key in self._ignore or isinstance(value, nonmember)
                  or _is_dunder(key) or _is_sunder(key)
                  or _is_private(self._cls_name, key) or _is_descriptor(value)):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            self._member_names.append(key)
            if self._generate is not None:
                if isinstance(value, auto):
                    value = self._auto_value(key, value)
                elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                    value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v
                                  for v in value)
            self._last_values.append(value.value if isinstance(value, member) else value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        if bases:
            first_enum = metacls._get_mixins_(cls, bases)[1]
            generate = getattr(first_enum, "_generate_next_value_", None)
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                body[key] = value
            else:
                members.append((key, value))
        names = [k for k, _ in members]
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        seen = set()
        for name in names:
            if name in seen:
                raise TypeError("%r already defined as %r" % (name, dict(members)[name]))
            seen.add(name)
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        body["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        if boundary is not None:
            body["_boundary_"] = boundary
        # Special handling for ReprEnum: str() and format() of the mixed-in type.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError(
                    "ReprEnum subclasses must be mixed with a data type (i.e."
                    " int, str, float, etc.)")
            if "__format__" not in classdict:
                body["__format__"] = _data_format
            if "__str__" not in classdict:
                body["__str__"] = _data_str
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # repr() and friends come from Enum, not from the data type mixed in.
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in body:
                    continue
                for base in enum_class.__mro__:
                    if name in base.__dict__:
                        if not isinstance(base, EnumType):
                            type.__setattr__(enum_class, name, getattr(first_enum, name))
                        break
        enum_class._new_member_ = metacls._find_new_(body, member_type, first_enum)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and value and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        v = enum_class._generate_next_value_(
                            name, 1, len(enum_class._member_names_), last_values[:])
                    parts.append(v)
                value = tuple(parts)
            enum_class._add_member_(name, value)
            last_values.append(value)
        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** (flag_mask.bit_length()) - 1
        return enum_class

    def _add_member_(cls, name, value):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._new_member_
        if new is object.__new__ and cls._member_type_ is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = new(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member._sort_order_ = len(cls._member_names_)
        enum_member.__init__(*args)
        # An alias for an existing member?
        for other in cls._member_map_.values():
            if other._value_ == value:
                enum_member = other
                break
        else:
            # A flag's multi-bit and zero values are named but not iterated.
            if Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
                cls._member_names_.append(name)
        type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if "__new__" in base.__dict__ or base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
            if member_type is not object:
                break
        if member_type is object:
            member_type = getattr(first_enum, "_member_type_", object)
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if base in (int, str, float, bytes, tuple):
                    return repr
                if "__repr__" in base.__dict__:
                    return base.__repr__
        return None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        new = classdict.get("__new__")
        if new is not None:
            return new
        if member_type is object:
            return object.__new__
        return member_type.__new__

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            # A lookup by value: Enum.__new__, whatever __new__ made the
            # members (CPython puts Enum.__new__ on every enum class).
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for name, value in names:
                classdict[name] = value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)


EnumMeta = EnumType
Enum = ReprEnum = Flag = None


def _data_str(self):
    value = self._value_
    if isinstance(value, str):
        return str.__str__(value)
    return repr(value)


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        # As CPython: _missing_'s own error propagates (a ValueError as it
        # is, another with the ValueError as its context).
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ in (EJECT, KEEP):
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
                if cls._boundary_ is EJECT:
                    return value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (
                cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        if member_value or unknown:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if unknown:
                members.append(None)
            names = [m._name_ for m in members if m is not None]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo_member._name_ = "|".join(names)
        else:
            pseudo_member._name_ = None
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_ != 0:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is object:
            return self.__class__(self._flag_mask_ ^ self._value_)
        return self.__class__(~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are two's complement."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace("1", "0", 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


import builtins as _builtins

_builtin_bin = _builtins.bin


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Put the members of an enum into its module's namespace."""
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def verify(*checks):
    def decorator(enumeration):
        return enumeration
    return decorator
