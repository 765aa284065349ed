# Postponed annotations (PEP 563): forward references in a linked structure,
# annotations kept as strings, resolved on demand with typing.get_type_hints.
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import Callable, Dict, Iterator, List, Optional


@dataclass
class TreeNode:
    value: int
    children: List[TreeNode] = field(default_factory=list)
    parent: Optional[TreeNode] = None

    def add(self, value: int) -> TreeNode:
        child = TreeNode(value, parent=self)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[TreeNode]:
        yield self
        for c in self.children:
            yield from c.walk()

    def depth(self) -> int:
        return 0 if self.parent is None else 1 + self.parent.depth()


root = TreeNode(1)
a = root.add(2)
b = root.add(3)
a.add(4).add(5)
b.add(6)
print([(n.value, n.depth()) for n in root.walk()])
print(TreeNode.__annotations__)
print(TreeNode.add.__annotations__, TreeNode.walk.__annotations__)
print([(f.name, f.type) for f in fields(TreeNode)])
print(typing.get_type_hints(TreeNode.add))
print(typing.get_type_hints(TreeNode))

Handler = Callable[[str], Optional[int]]


def register(table: Dict[str, Handler], name: str, fn: Handler | None = None) -> int | None:
    if fn is not None:
        table[name] = fn
    return len(table)


print(register.__annotations__)
table: Dict[str, Handler] = {}
print(register(table, "len", len), register(table, "noop"), sorted(table))
print(__annotations__)


class Account:
    owner: str
    balance: float = 0.0
    history: list[tuple[str, float]]

    def transfer(self, other: Account, amount: float, *, memo: str = "") -> tuple[Account, Account]:
        return self, other


print(Account.__annotations__)
print(Account.transfer.__annotations__)
