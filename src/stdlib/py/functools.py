"""functools — higher-order functions, as CPython 3.11 splits them.

The native _functools (src/stdlib/functools.rs) provides partial, reduce,
wraps/update_wrapper, lru_cache/cache, total_ordering, cmp_to_key and
cached_property. The generic-function tools are written here, as in
CPython's Lib/functools.py: singledispatch picks an implementation by the
class of the first argument (the first class of its MRO that has one, then
an ABC it is registered with), singledispatchmethod does so for methods,
and partialmethod is partial for methods.
"""

from _functools import *
from _functools import _lru_cache_wrapper

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch", "singledispatchmethod",
           "cached_property"]

def _find_impl(cls, registry):
    # The first class of cls's MRO with an implementation, then an ABC that
    # cls belongs to, and object last: where CPython's _compose_mro puts
    # the ABCs (before object) in the common cases.
    mro = [base for base in cls.__mro__ if base is not object]
    for base in mro:
        if base in registry:
            return registry[base]
    for base, impl in registry.items():
        if base is not object and base not in mro and issubclass(cls, base):
            return impl
    return registry.get(object)


def _dispatch_types(cls):
    # A class, or a union of classes (int | str): the classes, else None.
    # weft's collections.abc ABCs are ABCMeta instances standing for their
    # classes, and dispatch like them.
    if isinstance(cls, type) or type(cls).__name__ == "ABCMeta":
        return (cls,)
    args = getattr(cls, "__args__", None)
    if (type(cls).__name__ in ("UnionType", "_GenericAlias") and args
            and all(isinstance(a, type) for a in args)):
        return tuple(args)
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _dispatch_types(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if _dispatch_types(cls) is None:
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class.")
        for c in _dispatch_types(cls):
            registry[c] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


class partialmethod:
    """A partial for methods: binds like the function it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return (f"{type(self).__module__}.{type(self).__qualname__}"
                f"({', '.join(x for x in (repr(self.func), args, keywords) if x)})")

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result
