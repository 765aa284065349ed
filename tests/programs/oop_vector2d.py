# A 2-D vector value type: arithmetic, abs, bool, equality and hashing, iteration for unpacking, format.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a), a / 2)
print(bool(Vector()), bool(b), a == Vector(3, 4), a != b, a == (3, 4))
x, y = a
print(x, y, list(b), tuple(a + b))
print(f"{a:.2f}", f"{b:>4}", format(a / 3, ".3g"))
seen = {a, Vector(3, 4), b, Vector(1.0, -2.0)}
print(len(seen))
path = [Vector(0, 0), Vector(3, 4), Vector(3, 0), Vector(0, 0)]
length = sum(abs(q - p) for p, q in zip(path, path[1:]))
print("perimeter:", length)
centroid = sum(path[:-1], Vector()) / 3
print("centroid:", centroid, f"{centroid:.3f}")
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Vector(2, 1), Vector(0, 5), Vector(1, 1)], key=abs))
