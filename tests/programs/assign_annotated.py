# Annotated assignments with and without values, at module, class and function level.
count: int = 3
name: str
ratio: float = 0.5
items: list[int] = [1, 2]
mapping: "dict[str, int]" = {}
print(count, ratio, items, mapping)
print(__annotations__["count"], __annotations__["name"], __annotations__["mapping"])
print(sorted(__annotations__))

try:
    print(name)
except NameError as e:
    print("NameError:", e)

class Point:
    x: int
    y: int = 0
    label: str = "origin"

print(Point.y, Point.label, hasattr(Point, "x"))
print(list(Point.__annotations__))

def f():
    local: int = 5
    unset: str
    local += 1
    return local

print(f())

p = Point()
p.x: int = 7
print(p.x)
box = [0]
box[0]: int = 99
print(box)
(paren): int = 4
print(paren)
