# Enums as tutorials use them: members, values, iteration, lookups, IntEnum, StrEnum, Flag, auto, unique.
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.RED in Color, Color.GREEN.describe(), type(Color.RED), Color)
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"))
print(Color.__members__)
print(f"{Color.RED}", f"{Color.RED:>12}|", str(Color.BLUE))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, Status(404), f"{Status.OK}", sorted([Status.NOT_FOUND, Status.OK]))
class Num(Enum):
    ONE = auto()
    TWO = auto()
print(list(Num), Num.TWO.value)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), list(Perm.R | Perm.W), Perm(7), Perm.R in (Perm.R | Perm.W), bool(Perm(0)))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y == "why", f"{S.Y}", S.Y.upper())
for bad in (lambda: Color(5), lambda: Color["Z"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 3
except AttributeError as e:
    print(e)
try:
    class D(Color): pass
except TypeError as e:
    print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.CAT.value)
class Shape(str, Enum):
    CIRCLE = "circle"
print(Shape.CIRCLE == "circle", Shape("circle"), isinstance(Shape.CIRCLE, str))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
