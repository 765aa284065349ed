# Chained assignment: every target gets the same object, evaluated left to right.
a = b = c = 10
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)

class Box:
    pass

box = Box()
box.left = box.right = "same"
print(box.left, box.right)

d = {}
d["k1"] = d["k2"] = d.setdefault("k0", 0) + 5
print(d)

# Targets are assigned left to right: i is bound before lst[i] is stored.
lst = [0, 0, 0, 0]
i = lst[i] = 2
print(i, lst)

# Chained with tuple unpacking
p, q = r = (3, 4)
print(p, q, r)

# Chained assignment of a fresh object per statement
for n in range(3):
    first = second = n * n
    print(n, first, second, first == second)

e = f = g = "str"; print(e + f + g)
