# Starred assignment targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
head, *tail = [42]
print(head, tail)
(x, *ys), *others = [(1, 2, 3), (4,), (5, 6)]
print(x, ys, others)
[*everything] = (9, 8, 7)
print(everything, type(everything).__name__)
*star, = "ab"
print(star)

for key, *vals in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, vals, len(vals))

def split_name(full):
    given, *middle_names, family = full.split()
    return given, middle_names, family

print(split_name("Ada Lovelace"))
print(split_name("John Ronald Reuel Tolkien"))

try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError:", e)
