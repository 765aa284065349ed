# Configuration objects: nested dataclasses, __post_init__, InitVar-free validation, kw defaults.
import dataclasses
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Database:
    host: str = "localhost"
    port: int = 5432
    user: Optional[str] = None


@dataclass
class Server:
    name: str
    workers: int = 4
    db: Database = field(default_factory=Database)
    tags: List[str] = field(default_factory=lambda: ["web"])
    debug: bool = False

    def __post_init__(self):
        if self.workers < 1:
            raise ValueError(f"workers must be positive, got {self.workers}")
        self.name = self.name.strip().lower()


s = Server("  API  ")
print(s)
print(dataclasses.asdict(s))
print(dataclasses.astuple(s))
s2 = Server("worker", workers=8, db=Database("db.internal", user="svc"), debug=True)
print(s2)
print(s2.db.host, s2.tags, s == s2, s == Server("api"))
try:
    Server("bad", workers=0)
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(s), dataclasses.is_dataclass(Server), dataclasses.is_dataclass(1))
print([(f.name, f.type if isinstance(f.type, str) else f.type.__name__ if hasattr(f.type, "__name__") else str(f.type)) for f in dataclasses.fields(Database)])


@dataclass(eq=False)
class Handle:
    fd: int


print(Handle(1) == Handle(1), repr(Handle(3)))


@dataclass(repr=False)
class Secret:
    token: str


print(repr(Secret("x")).startswith("<__main__.Secret object at"))


@dataclass
class Counter:
    count: int = 0

    def bump(self, by=1):
        self.count += by
        return self


print(Counter().bump().bump(5))
updated = dataclasses.replace(s2, workers=16)
print(updated.workers, s2.workers, updated.db is s2.db)
try:
    dataclasses.replace(s2, nope=1)
except TypeError as e:
    print("TypeError:", e)
