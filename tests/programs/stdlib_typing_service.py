# A typed service layer: annotations with typing names do nothing at run time.
from __future__ import annotations

from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List,
                    Literal, Mapping, NamedTuple, Optional, Protocol, Sequence, Set, Tuple,
                    TypedDict, TypeVar, Union, cast, overload)

T = TypeVar("T")
K = TypeVar("K", bound=str)
Number = Union[int, float]
Handler = Callable[[str], Optional[int]]


class Coordinate(NamedTuple):
    lat: float
    lon: float
    label: str = "?"


class UserRecord(TypedDict):
    name: str
    age: int


class Repository(Generic[T]):
    kind: ClassVar[str] = "memory"

    def __init__(self) -> None:
        self.items: Dict[int, T] = {}

    def add(self, key: int, item: T) -> None:
        self.items[key] = item

    def get(self, key: int) -> Optional[T]:
        return self.items.get(key)

    def all(self) -> Iterator[T]:
        yield from self.items.values()


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


def run(g: Greeter, names: Iterable[str]) -> List[str]:
    return [g.greet(n) for n in names]


def total(values: Sequence[Number], start: Number = 0) -> Number:
    return sum(values, start)


MAX: Final = 10


def mode(m: Literal["r", "w"]) -> str:
    return m


repo: Repository[str] = Repository()
repo.add(1, "alpha")
repo.add(2, "beta")
print(repo.get(1), repo.get(3), list(repo.all()), Repository.kind)
print(run(English(), ["ann", "bob"]))
print(total([1, 2.5, 3]), total((), 7), MAX, mode("r"))
c = Coordinate(51.5, -0.1)
print(c, c.label, c._fields, Coordinate._field_defaults, c._replace(label="London"))
u: UserRecord = {"name": "zoe", "age": 30}
print(u, type(u).__name__)
print(cast(int, "not really an int"), cast("List[int]", [1]))
print(total.__annotations__)
print(Repository.get.__annotations__)
print(Coordinate.__annotations__)
opts: Mapping[str, Any] = {"a": 1}
tags: Set[str] = {"x"}
pair: Tuple[int, ...] = (1, 2)
print(opts, tags, pair)
