# typing names as scripts use them: subscripted aliases print as CPython, Generic classes, TypedDict, NewType.
from typing import (Any, Callable, Dict, List, Optional, Union, Awaitable, Coroutine, TypeVar, Generic,
                    Protocol, Iterable, AsyncIterator, Tuple, Set, cast, overload, TYPE_CHECKING, Literal,
                    ClassVar, Final, Sequence, Mapping, NewType, get_origin, get_args, TypedDict)
T = TypeVar("T")
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], Literal["a", "b"], T, Any, Optional, List)
print(Union[int, Union[str, int]], Union[int], get_origin(List[int]), get_args(Dict[str, int]))

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(3)
print(s.pop(), Stack.__name__, isinstance(s, Stack))

class Greeter(Protocol):
    def greet(self) -> str: ...

def process(items: Iterable[int], f: Callable[[int], int] = lambda x: x * 2) -> List[int]:
    return [f(i) for i in items]

print(process([1, 2, 3]), process.__annotations__["return"], cast(int, "x"), TYPE_CHECKING)
UserId = NewType("UserId", int)
print(UserId(5), isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping))

class Movie(TypedDict):
    name: str
    year: int

m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__)
try:
    isinstance(3, List[int])
except TypeError as e:
    print(e)
