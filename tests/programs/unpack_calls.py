# Star and double-star unpacking in calls, including several of each and mixing with keywords.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

nums = [1, 2, 3]
more = (4, 5)
opts = {"sep": "-", "end": "!"}
extra = {"flag": True}
print(show(*nums))
print(show(0, *nums, 9, *more))
print(show(**opts))
print(show(*nums, **opts, **extra))
print(show(1, *"ab", key="v", **extra))
print(show(*range(3), *{"x": 1}, **{"z": 26}, y=25))

def point(x, y, z=0):
    return (x, y, z)

coords = [3, 4]
print(point(*coords), point(*coords, z=5), point(**{"y": 1, "x": 2}))
print(point(*[1], **{"y": 2}))
print(max(*nums, *more), min(*"hello"))
print(*nums, sep=", ")
print(*[], "only this")

try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: "non-string key"})
except TypeError as e:
    print("TypeError:", e)

def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(1, two=2))
args = iter([7, 8])
print(point(*args))
print(show(*(x * x for x in range(3))))
