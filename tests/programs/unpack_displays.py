# Star unpacking in list/tuple/set displays and ** unpacking in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*a,), *a)
print({*a, *b, 1} == {1, 2, 3, 4})
print([*"hey", *range(3)])
print([*{"k1": 1, "k2": 2}])
defaults = {"color": "red", "size": "M"}
custom = {"size": "L", "qty": 2}
print({**defaults, **custom})
print({**custom, **defaults})
print({"color": "blue", **defaults, "extra": True})
print({**defaults, "color": "green"})
print({**{}, **dict(a=1)})
nested = [*[*[1, 2], 3], *(x for x in (4, 5))]
print(nested)
first, *_ = [*b, *a]
print(first)
merged = defaults | custom
print(merged, defaults)
row = "x", *a, "y"
print(row, type(row).__name__)
s = {*()}
print(s, type(s).__name__, len(s))
t = *range(2), *"ab"
print(t)
print(sorted({*(n % 3 for n in range(10))}))
