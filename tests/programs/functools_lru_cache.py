# Memoising with functools.lru_cache and functools.cache.
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())

@lru_cache
def slow_square(n):
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square.cache_info())

@lru_cache(maxsize=2)
def lookup(key):
    print("miss", key)
    return key.upper()

for k in ["a", "b", "a", "c", "b", "a"]:
    lookup(k)
print(lookup.cache_info())

@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(10, 10), paths.cache_info())

# Keyword and positional calls are cached separately.
@cache
def area(w, h=1):
    return w * h

area(2); area(2, 1); area(2, h=1); area(w=2)
print(area.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1); nocache(1)
print(nocache.cache_info())

def documented(x):
    "Return x."
    return x

wrapped = lru_cache(documented)
print(wrapped.__doc__, wrapped.__name__, wrapped.__module__, wrapped.__wrapped__ is documented)

# On methods: bound per instance, shared cache.
class Grid:
    def __init__(self, size):
        self.size = size

    @lru_cache(maxsize=None)
    def cells(self, scale):
        return self.size * self.size * scale

g = Grid(3)
print(g.cells(2), g.cells(2), Grid(4).cells(2), Grid.cells.cache_info())
print(type(g.cells).__name__, g.cells.__self__ is g, g.cells.cache_info().hits)

# Edit distance, memoised.
def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)
    return d(len(a), len(b))

print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"))

try:
    lookup([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
try:
    lru_cache("big")
except TypeError as exc:
    print("TypeError:", exc)
info = fib.cache_info()
print(info.hits, info.maxsize, info._fields, type(info).__name__)
print(type(fib).__name__, functools.lru_cache.__name__)
