# tuples: packing, single-element, count/index, concatenation, comparison, hashing, immutability.
t = 1, 2, 3
single = 1,
empty = ()
print(t, single, empty, type(single).__name__, (1), (1,))
print(t.count(2), (1, 1, 2).count(1), t.index(3), len(t), t + (4,), t * 2, 2 in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
try:
    hash(holder)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) == [1, 2], () < (0,))
print(tuple(sorted((3, 1, 2))), tuple(reversed(t)), max(t), sum(t), t[::-1], t[1:])
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([5, 3, 9])
print(lo, hi, min_max("hello"))
points = [(1, 2), (0, 5), (1, -1)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a + b + c + d + e, nested[1][1][0])
print(tuple("abc"), tuple(), tuple([None]), (None,) * 3)
x = ()
x += (1,)
x += 2, 3
print(x)
print(divmod(9, 4), type(divmod(9, 4)).__name__, (*t, *single))
