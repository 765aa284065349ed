"""copy — shallow and deep copies, as CPython 3.11's module makes them."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or callable(x) and not hasattr(x, "__dict__"):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(x, items)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = x.copy()
    elif callable(x) and not hasattr(x, "__dict__"):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """A new instance of x's class with (a copy of) its state."""
    cls = type(x)
    if isinstance(x, (list, dict, set, tuple, str, int, float, bytes)):
        # An instance of a subclass of a built-in type.
        if isinstance(x, tuple):
            base = tuple(x) if memo is None else tuple(deepcopy(a, memo) for a in x)
            y = cls.__new__(cls, base) if hasattr(cls, "_fields") is False else cls(*base)
        elif isinstance(x, (str, int, float, bytes)):
            y = cls.__new__(cls, x)
        else:
            y = cls.__new__(cls)
            if memo is not None:
                memo[id(x)] = y
            if isinstance(x, list):
                y.extend(x if memo is None else (deepcopy(a, memo) for a in x))
            elif isinstance(x, dict):
                for k, v in x.items():
                    y[k if memo is None else deepcopy(k, memo)] = (
                        v if memo is None else deepcopy(v, memo))
            else:
                y.update(x if memo is None else (deepcopy(a, memo) for a in x))
    else:
        y = cls.__new__(cls)
        if memo is not None:
            memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            for key, value in state.items():
                object.__setattr__(y, key, value)
    return y
