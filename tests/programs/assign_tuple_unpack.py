# Tuple and list targets: swapping, nesting, unpacking any iterable.
a, b = 1, 2
print(a, b)
a, b = b, a
print("swapped", a, b)

(x, y), z = (10, 20), 30
print(x, y, z)
[p, q, r] = "abc"
print(p, q, r)
[m, (n, o)] = [1, [2, 3]]
print(m, n, o)

# Unpacking from a generator, dict (keys), and range
s, t, u = (i * i for i in range(3))
print(s, t, u)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
first, second, third = range(7, 10)
print(first, second, third)

# Unpacking in for loops
pairs = [(1, "one"), (2, "two"), (3, "three")]
for number, word in pairs:
    print(number, word)
for idx, (num, wd) in enumerate(pairs):
    print(idx, num, wd[::-1])

# Evaluation order: right side fully evaluated before any store
values = [1, 2, 3]
values[0], values[1] = values[1], values[0]
print(values)
i = 0
i, values[i] = 1, 99
print(i, values)

try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
