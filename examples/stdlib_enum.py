# enum: named constants that print, compare and iterate nicely.
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = auto()   # auto() numbers the members 1, 2, 3...
    GREEN = auto()
    BLUE = auto()


class Level(IntEnum):  # members are also ints
    LOW = 1
    HIGH = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], list(Color))
print(Level.HIGH > Level.LOW, Level.HIGH + 1)
for c in Color:
    print(c.name.lower())
