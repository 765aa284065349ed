# Configuration values as enums: StrEnum options joined into command lines,
# aliases, _ignore_, _missing_ for lenient parsing, and the errors enums give.
from enum import Enum, IntEnum, StrEnum, auto, unique


class Flag(StrEnum):
    VERBOSE = auto()
    QUIET = auto()
    DRY_RUN = "dry-run"


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    WARNING = 30  # an alias of WARN

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


class Color(Enum):
    _ignore_ = ["shade"]
    RED = "#f00"
    GREEN = "#0f0"
    shade = "ignored"

    def css(self):
        return f"color: {self.value}"


flags = [Flag.VERBOSE, Flag.DRY_RUN]
print("--" + " --".join(flags), list(Flag), Flag("quiet"), Flag.DRY_RUN.upper())
print(f"{Flag.VERBOSE}", repr(Flag.QUIET), Flag.VERBOSE == "verbose", sorted(Flag))
print(list(Level), Level.WARNING is Level.WARN, Level(30).name, Level("info"), Level["WARNING"])
print(list(Level.__members__), f"{Level.INFO:>5}", Level.DEBUG + 5, sorted([Level.WARN, Level.DEBUG]))
print(list(Color), Color.RED.css(), hasattr(Color, "shade"), Color("#0f0"))
for bad in [lambda: Level(99), lambda: Level("nope"), lambda: Flag("loud")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dupes(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED.value = "#fff"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED = 1
except AttributeError as e:
    print("AttributeError:", e)
