# A traffic-light state machine with Enum members carrying behaviour.
from enum import Enum, IntEnum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    @property
    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]

    def __str__(self):
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


state = Light.RED
for _ in range(5):
    print(f"{state!s:>7} -> {state.next}")
    state = state.next

print(Light.parse(" green "), repr(Light.parse("yellow")))
tasks = [("deploy", Priority.HIGH), ("lint", Priority.LOW), ("review", Priority.MEDIUM)]
for name, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{name:<8} {prio.name:<6} {int(prio):>3} {prio > Priority.LOW}")
print(max(Priority), min(Priority).name, sum(Priority), Priority(5) is Priority.MEDIUM)
print({p.name: p.value for p in Priority})
print(Light.RED in {Light.RED: 1}, {Light.GREEN: "go"}[Light.GREEN])
try:
    Light.parse("blue")
except KeyError as e:
    print("unknown light:", e)
try:
    Priority(7)
except ValueError as e:
    print(e)
