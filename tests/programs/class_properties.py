# property (getter, setter, deleter), staticmethod and classmethod.
class Circle:
    pi = 3.14159

    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value

    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius

    @property
    def area(self):
        return round(self.pi * self.radius ** 2, 3)

    @staticmethod
    def unit_area():
        return Circle(1).area

    @classmethod
    def from_diameter(cls, d):
        return cls(d / 2)

    def __repr__(self):
        return f"{type(self).__name__}(r={self.radius})"

c = Circle(2)
print(c, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))
print(Circle.unit_area(), c.unit_area())
print(Circle.from_diameter(10))

class Ring(Circle):
    pass

r = Ring.from_diameter(4)
print(r, type(r).__name__)
print(isinstance(Circle.__dict__["area"], property), type(Circle.__dict__["unit_area"]).__name__)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
    @staticmethod
    def add(a, b):
        return a + b

Counter(); Counter()
print(Counter.how_many(), Counter().how_many(), Counter.add(2, 3))

class Lazy:
    def _get(self):
        return "computed"
    value = property(_get, doc="old-style property")
print(Lazy().value, Lazy.value.__doc__)
