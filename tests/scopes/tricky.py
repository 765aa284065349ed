# Scope rules at their edges: each binding here is checked against CPython.
import os.path as osp, sys
from collections import deque as dq

counter = 0
created_later = None


def outer(a, /, b=counter, *args, c, **kw):
    x = 1
    y = [x for x in range(3)]

    def middle():
        def inner():
            nonlocal x
            x += 1
            return b, args
        return inner

    class Local:
        seen = x
        __hidden = 2

        def method(self):
            return super().method(), self.__hidden, __class__

    total = sum(v for v in args if (last := v))
    return middle, Local, total, last


def declares():
    global counter, created_later
    counter += 1
    created_later = [(m := i) for i in range(2)]
    return m


lam = lambda p, q=counter: (p, q, [r for r in range(p) if (w := r)])
grid = [[i * j for j in range(i)] for i in range(3)]
first = [k for k in [z for z in range(2)]]

try:
    pass
except ValueError as err:
    del err

match sys.argv:
    case [_, *rest] if rest:
        pass
    case {"key": found, **others}:
        pass
    case osp.sep as sep_alias:
        pass


class Outer:
    class Inner:
        def __private(self):
            return __secret
