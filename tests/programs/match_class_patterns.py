# match with class patterns: positional via __match_args__, keyword attributes, builtins.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def area(shape):
    match shape:
        case Circle(Point(x=0, y=0), r):
            return f"centered circle r={r}"
        case Circle(_, radius=r) if r <= 0:
            return "degenerate circle"
        case Circle(c, r):
            return f"circle at ({c.x},{c.y}) area~{round(3.14159 * r * r, 2)}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(corner=Point(x, y), w=w, h=h):
            return f"rect at ({x},{y}) {w}x{h}"
        case Point(x, y):
            return f"just a point {x},{y}"
        case _:
            return "unknown"

shapes = [Circle(Point(0, 0), 2), Circle(Point(1, 1), 0), Circle(Point(1, 2), 1),
          Rect(Point(0, 0), 3, 3), Rect(Point(5, 6), 2, 4), Point(7, 8), "shape"]
for s in shapes:
    print(area(s))

def builtin_types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple():
            return "a tuple"
        case object():
            return type(v).__name__

for v in [True, -3, 4, 2.5, "", "hi", [9, 8], {"a": 1}, (1,), None, []]:
    print(repr(v), "->", builtin_types(v))

try:
    match Rect(Point(0, 0), 1, 1):
        case Rect(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
