# del on names, list items, slices, dict keys and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

class Thing:
    pass

t = Thing()
t.a = 1
t.b = 2
del t.a
print(hasattr(t, "a"), hasattr(t, "b"))

a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())
p, q = [1, 2], [3, 4]
del (p[0], q[1])
print(p, q)

def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(f())
