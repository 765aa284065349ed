# Grouping and counting with collections.defaultdict.
from collections import defaultdict
import json

records = [
    ("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"),
    ("grain", "rice"), ("veg", "leek"), ("fruit", "cherry"),
]

groups = defaultdict(list)
for kind, name in records:
    groups[kind].append(name)
print(groups)
print(dict(groups))
print(isinstance(groups, dict), len(groups), "veg" in groups, sorted(groups))
print(groups.default_factory)
print(json.dumps(groups, sort_keys=True))

# Counting with int.
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.get("z"), "z" in counts, counts["z"], "z" in counts)

# Sets and nested defaultdicts.
seen = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    seen[a].add(b)
print({k: sorted(v) for k, v in seen.items()})

def tree():
    return defaultdict(tree)

t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(json.dumps(t))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})

# Construction like dict.
d = defaultdict(str, {"a": "A"}, b="B")
print(d, d["missing"] == "", d)
print(defaultdict(None, [("k", 1)]))
plain = defaultdict()
print(plain)
try:
    plain["nope"]
except KeyError as exc:
    print("KeyError", exc)

# copy keeps the factory; | keeps the type.
c = groups.copy()
c["new"].append(1)
print(type(c).__name__, c.default_factory, "new" in groups)
merged = counts | {"!": 9}
print(type(merged).__name__, merged["!"], merged["?"])
print(defaultdict.fromkeys("ab"))

# The factory can be changed or removed.
counts.default_factory = list
print(counts["new"])
counts.default_factory = None
try:
    counts["other"]
except KeyError as exc:
    print("KeyError", exc)

# **kwargs unpacking and dict methods.
def show(**kw):
    return sorted(kw.items())

opts = defaultdict(int, alpha=1, beta=2)
print(show(**opts))
print(opts.pop("alpha"), opts.setdefault("gamma", 3), opts)
opts.update(delta=4)
print(list(opts.keys()), list(opts.values()))
print(opts == {"beta": 2, "gamma": 3, "delta": 4})

try:
    defaultdict(5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    defaultdict(list, {}, {})
except TypeError as exc:
    print("TypeError:", exc)

class Registry(defaultdict):
    def __init__(self, name):
        super().__init__(list)
        self.name = name

r = Registry("plugins")
r["load"].append("a")
print(r, r.name, isinstance(r, defaultdict))
