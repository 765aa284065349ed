# Typing objects as scripts see them at run time: subscripting, reprs, get_type_hints.
import typing
from typing import Any, Awaitable, Callable, Coroutine, Dict, List, Optional, Tuple, TypeVar, Union, AsyncIterator

T = TypeVar("T")
print(T, T.__name__, TypeVar("N", int, float).__constraints__)
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], Awaitable[int], Coroutine[Any, Any, int])
print(AsyncIterator[bytes], List, Any)
print(Optional[int] == Union[int, None], Union[int, int], Union[int, Union[str, float]])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]))
print(list[int], dict[str, int], tuple[int, str], int | None)


def f(x: int, y: "List[str]" = None) -> Optional[bool]:
    return None


print(typing.get_type_hints(f))
print(isinstance([], typing.List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence))


class Node(typing.Generic[T]):
    def __init__(self, value: T, children: "List[Node[T]]" = ()):
        self.value = value
        self.children = list(children)


n = Node[int](1, [Node(2), Node(3)])
print(n.value, [c.value for c in n.children], Node[int])
print(typing.TYPE_CHECKING)
