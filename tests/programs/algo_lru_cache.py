# An LRU cache built on dict insertion order, used as a memoising decorator with hit statistics.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value  # move to most-recent end
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print(f"  evict {oldest!r}")
        self.data[key] = value

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache.get("a"), cache)
cache.put("d", "D")
print(cache.get("b"), cache)
cache.put("c", "C2")
cache.put("e", "E")
print(cache)

def memoize(capacity):
    def decorator(fn):
        store = LRUCache(capacity)
        missing = object()
        def wrapper(*args):
            value = store.get(args, missing)
            if value is missing:
                value = fn(*args)
                store.put(args, value)
            return value
        wrapper.cache = store
        return wrapper
    return decorator

@memoize(capacity=200)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache.data))

@memoize(2)
def slow_square(x):
    print(f"  computing {x}^2")
    return x * x

print([slow_square(x) for x in [2, 3, 2, 4, 3, 2]])
