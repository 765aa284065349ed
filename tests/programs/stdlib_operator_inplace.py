# Accumulating values with the in-place operator functions, as a reducer
# table might, and the errors mismatched operands give.
import operator

totals = {"count": 0, "names": [], "text": "", "flags": 0b0001, "bag": {"a"}, "ratio": 1.0}
updates = [("count", operator.iadd, 5), ("names", operator.iadd, ["ann"]), ("text", operator.iconcat, "ab"),
           ("flags", operator.ior, 0b0100), ("bag", operator.ior, {"b", "c"}), ("ratio", operator.itruediv, 4),
           ("count", operator.imul, 3), ("names", operator.iadd, ("bob",)), ("flags", operator.ixor, 0b0101),
           ("count", operator.ifloordiv, 4), ("count", operator.ipow, 3), ("count", operator.ilshift, 2),
           ("count", operator.imod, 7), ("flags", operator.iand, 0b0011), ("names", operator.imul, 2),
           ("count", operator.irshift, 1), ("ratio", operator.isub, 0.125)]
for key, fn, value in updates:
    before = totals[key]
    totals[key] = fn(totals[key], value)
    same = "same object" if totals[key] is before else "new object"
    shown = sorted(totals[key]) if isinstance(totals[key], set) else totals[key]
    print(f"{fn.__name__:10} {key:6} -> {shown!r:24} ({same})")
print(sorted(totals["bag"]), totals["names"])

bad = [(operator.iadd, "text", 1), (operator.iand, "a", "b"), (operator.imatmul, 1, 2), (operator.ipow, [1], 2),
       (operator.imul, (1, 2), (3,)), (operator.imul, [1], 2.5), (operator.mul, None, "ab"), (operator.isub, {1}, [1]),
       (operator.ilshift, 1.5, 1), (operator.itruediv, "x", 2), (operator.delitem, 5, 0), (operator.delitem, "abc", 1), (operator.delitem, (1, 2), "k"), (operator.delitem, range(3), 0),
       (operator.concat, 1, 2)]
for fn, x, y in bad:
    try:
        print(fn(x, y))
    except TypeError as e:
        print(f"{fn.__name__}: TypeError: {e}")
x = "s"
try:
    x += 1
except TypeError as e:
    print("+=:", e)
n = 3
try:
    n @= 2
except TypeError as e:
    print("@=:", e)
try:
    n **= "2"
except TypeError as e:
    print("**=:", e)
try:
    del n[0]
except TypeError as e:
    print("del:", e)
