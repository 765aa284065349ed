# An LRU cache and ordering operations with collections.OrderedDict.
from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)

cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), cache.data)

od = OrderedDict(one=1, two=2, three=3)
print(od)
od.move_to_end("one")
print(list(od))
od.move_to_end("one", last=False)
print(list(od), od.popitem(), od.popitem(False), od)
print(OrderedDict(), repr(OrderedDict([("k", [1, 2])])))

# Order matters between OrderedDicts, not against a dict.
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x != y, x == dict(y), dict(y) == x, x == OrderedDict(x))
print(isinstance(x, dict), type(x.copy()).__name__, x.copy() == x)
print(list(reversed(x)), OrderedDict.fromkeys("abc", 0))
print(x | {"c": 3}, {"z": 0} | x)
x |= {"d": 4}
print(x)
print(OrderedDict(sorted({"pear": 3, "apple": 1, "fig": 2}.items(), key=lambda kv: kv[1])))

try:
    od.move_to_end("missing")
except KeyError as exc:
    print("KeyError", exc)
try:
    OrderedDict().popitem()
except KeyError as exc:
    print("KeyError", exc)

r = OrderedDict()
r["self"] = r
print(r)

class Config(OrderedDict):
    def first(self):
        return next(iter(self))

c = Config(z=1, a=2)
print(c, c.first())
