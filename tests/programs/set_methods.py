# set and frozenset methods and operators, with small ints (deterministic order) and sorted strings.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {7}), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], (7,))
print(s)
s.discard(100)
s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
popped = {42}.pop()
print(popped)
s.intersection_update({1, 6, 7, 8})
print(s)
s.difference_update({7})
print(s)
s.symmetric_difference_update({6, 9})
print(s)
c = s.copy(); c.clear()
print(c, s)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, {f: "hashable"})
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words, "kiwi" not in words)
print(sorted(words & {"fig", "kiwi"}), sorted(w.upper() for w in words))
print(set([1, 2]) == {2, 1}, {1, 2} == frozenset({1, 2}), {0} == {False}, {1, 1.0, True})
print(sorted({-3, 10, 0, 7, -1}), max({4, 9, 2}), sum({1, 2, 3}))
print({n % 4 for n in range(100)}, set(range(5)) - {0, 4})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
