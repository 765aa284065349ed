# __eq__ and __hash__: objects as dict keys and set members, __hash__ = None, identity fallback.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

visits = {}
for p in [Point(0, 0), Point(1, 2), Point(0, 0), Point(1, 2), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Point(1, 2) in visits, Point(2, 1) in visits, len({Point(1, 1), Point(1, 1)}))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(EqOnly.__hash__ is None, EqOnly(1) == EqOnly(1))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)

class Identity:
    pass
a, b = Identity(), Identity()
print(a == a, a == b, len({a, b, a}), {a: 1}[a])

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)

class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"

d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b"}, hash((1, 2)) == hash((1, 2)))
print(sorted({Point(2, 1), Point(1, 2), Point(2, 1)}, key=lambda p: (p.x, p.y)))
