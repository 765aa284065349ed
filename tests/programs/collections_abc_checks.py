# isinstance checks against collections.abc, and a Mapping of our own.
import collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Callable, Hashable, Sized
from collections import deque, OrderedDict, Counter, defaultdict

values = [[1], (1,), "s", {"a": 1}, {1}, frozenset(), range(3), b"x", 5, None,
          iter([]), len, deque(), Counter(), OrderedDict(), defaultdict(list), (x for x in [])]
abcs = [Mapping, MutableMapping, Sequence, Iterable, Iterator, Callable, Hashable, Sized,
        collections.abc.Set, collections.abc.MutableSequence, collections.abc.Container]
for v in values:
    name = type(v).__name__
    flags = "".join("1" if isinstance(v, abc) else "." for abc in abcs)
    print(f"{name:12} {flags}")

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable))
print(Mapping, Sequence.__name__)

class Squares(Mapping):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, k):
        if isinstance(k, int) and 0 <= k < self.n:
            return k * k
        raise KeyError(k)

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        return self.n

sq = Squares(4)
print(isinstance(sq, Mapping), isinstance(sq, MutableMapping), isinstance(sq, dict))
print(sq[3], sq.get(9, "none"), 2 in sq, 7 in sq, list(sq.keys()), list(sq.items()))
print(list(sq.values()), dict(sq), sq == {0: 0, 1: 1, 2: 4, 3: 9}, len(sq))

class Box:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1

print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Sequence))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

s = Store()
s.update({"a": 1}, b=2)
print(s.setdefault("c", 3), s.pop("a"), dict(s), s.popitem(), len(s))

class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3

q = Seq()
print(list(q), 20 in q, q.index(20), q.count(10), list(reversed(q)))

Sequence.register(deque)
print(isinstance(deque(), Sequence))
