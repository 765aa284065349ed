# typing: annotations that document types. They do nothing at run time,
# so a program runs the same with or without them.
from typing import Dict, List, NamedTuple, Optional, TypeVar

T = TypeVar("T")


def first(items: List[T]) -> Optional[T]:
    """The first item, or None for an empty list."""
    return items[0] if items else None


class Employee(NamedTuple):
    name: str
    salary: int = 50_000


def payroll(staff: List[Employee]) -> Dict[str, int]:
    return {e.name: e.salary for e in staff}


print(first([3, 1, 2]), first([]))
print(payroll([Employee("ann"), Employee("bob", 62_000)]))
print(first.__annotations__)
