# dict methods: get, setdefault, update, pop, popitem, keys/values/items views, fromkeys, copy, |=, ordering.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
d.update({"a": 10, "e": 5})
d.update(f=6, g=7)
d.update([("h", 8)])
print(d)
print(d.pop("h"), d.pop("zz", "missing"), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
keys = d.keys()
print(keys, list(d.values()), list(d.items())[:2])
d["new"] = 0
print("new" in keys, len(keys), keys & {"a", "b"} == {"a", "b"}, sorted(keys - {"a"}))
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", []), {}.fromkeys(range(3), 0))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
del d["new"]
d["b"] = "reassigned keeps position"
print(list(d.items())[:2])
d.pop("b"); d["b"] = "reinserted goes last"
print(list(d)[-1])
m = {"x": 1} | {"y": 2, "x": 3}
m |= {"z": 4}
print(m)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "tuple", None: "none", 3.5: "float", frozenset({1}): "fs"})
try:
    {[1]: "list"}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
it = {"one": 1, "two": 2}
for k, v in it.items():
    print(k, v)
print(reversed(list(it)) is not None, list(reversed(it)), {} == dict(), {"a": 1} == {"a": 1.0})
try:
    for k in it:
        it["three"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
d.clear()
print(d, bool(d))
