# Enums for states and flags in a ticketing script.
from enum import Enum, IntEnum, auto, unique


@unique
class Status(Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"

    @property
    def is_done(self):
        return self is Status.CLOSED

    def label(self):
        return self.name.replace("_", " ").title()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(Status.OPEN, repr(Status.OPEN), Status.OPEN.name, Status.OPEN.value)
print(Status("closed"), Status["IN_PROGRESS"], Status.CLOSED.is_done, Status.IN_PROGRESS.label())
print(list(Status), len(Status), [s.value for s in Status])
print(Priority.HIGH, repr(Priority.LOW), Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority(2), max(Priority))
print(list(Color), Color.GREEN.value, Color(3))
print(Status.OPEN == "open", Status.OPEN == Status.OPEN, Priority.LOW == 1, Status.OPEN in Status)
print(type(Status.OPEN), isinstance(Status.OPEN, Status), Status.__members__.keys())
tickets = [("login broken", Status.OPEN, Priority.HIGH), ("typo", Status.CLOSED, Priority.LOW),
           ("slow page", Status.IN_PROGRESS, Priority.MEDIUM)]
for title, st, pr in sorted(tickets, key=lambda t: -t[2]):
    print(f"{title:14} {st.label():12} {pr.name:6} {pr:d}")
counts = {s: 0 for s in Status}
for _, st, _ in tickets:
    counts[st] += 1
print(counts)
try:
    Status("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    Status["NOPE"]
except KeyError as e:
    print("KeyError:", e)
print(f"{Status.OPEN}", f"{Priority.HIGH}", str(Priority.HIGH), format(Color.RED))
