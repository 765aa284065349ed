# Permissions as Flag/IntFlag members, and enum functional API.
import enum
from enum import Enum, Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(Perm.READ & Perm.EXEC))
print(Perm.ALL, Perm.ALL.value, list(Perm), Perm(3))
print(Mode.R | Mode.W, int(Mode.R | Mode.X), Mode(7), Mode.R & 4, repr(Mode(6)))
Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3))
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(Planet.VENUS, Planet.VENUS.value)


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    DIAMOND = 4

    @classmethod
    def from_sides(cls, n):
        return cls(n)


print(Shape.DIAMOND is Shape.SQUARE, list(Shape), Shape.from_sides(3), Shape.__members__["DIAMOND"])


class Weekday(enum.IntEnum):
    MON = 0
    TUE = 1
    WED = 2

    def next(self):
        return Weekday((self + 1) % 3)


print(Weekday.MON.next(), Weekday.WED.next(), Weekday.TUE.name.lower(), [d.value for d in Weekday])
print(hash(Weekday.MON) == hash(Weekday.MON), {Weekday.MON: "start"}[Weekday.MON])
print(list(Mode(7)), len(Mode(6)), list(Perm.ALL), len(rw), Mode.W in Mode(6), [m.name for m in Mode(5)])
