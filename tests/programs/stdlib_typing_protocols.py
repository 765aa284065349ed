# Structural typing at run time: @runtime_checkable protocols in
# isinstance checks, unions in isinstance, origins of the typing aliases,
# and a plugin registry built on __init_subclass__.
import collections.abc
import typing
from typing import Iterable, Optional, Protocol, Sequence, Union, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class File:
    def close(self):
        print("  closing file")


class Socket:
    name = "sock"

    def close(self):
        print("  closing socket")

    def greet(self):
        return "hello from " + self.name


class NotClosable:
    close = None


class Explicit(SupportsClose):
    def close(self):
        print("  closing explicit")


for obj in [File(), Socket(), NotClosable(), Explicit(), 42, "text"]:
    print(type(obj).__name__, isinstance(obj, SupportsClose), isinstance(obj, Named))
    if isinstance(obj, SupportsClose):
        obj.close()
print(issubclass(Socket, SupportsClose), issubclass(int, SupportsClose), issubclass(Explicit, SupportsClose))


class Plain(Protocol):
    def run(self) -> None: ...


try:
    isinstance(File(), Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Socket, Named)
except TypeError as e:
    print("TypeError:", e)

for value in [3, 2.5, "x", None, [1]]:
    print(repr(value), isinstance(value, Union[int, float]), isinstance(value, Optional[str]))
print(issubclass(bool, Union[int, str]), issubclass(list, typing.Iterable), issubclass(dict, typing.Sequence))
print(typing.get_origin(Iterable[int]) is collections.abc.Iterable, typing.get_origin(Sequence[str]),
      typing.get_origin(typing.Callable[[], int]), typing.get_origin(typing.Deque[int]),
      typing.get_origin(typing.DefaultDict[str, int]))
print(typing.DefaultDict(list), typing.Counter("abca"), typing.Deque([1, 2]))

registry = {}


class Plugin:
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[key or cls.__name__.lower()] = cls


class Audited(Plugin):
    def __init_subclass__(cls, **kwargs):
        print("  audited subclass", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Csv(Plugin, key="csv"):
    pass


class Json(Audited, key="json"):
    pass


class Xml(Audited):
    pass


print(sorted(registry), registry["json"].__name__)
