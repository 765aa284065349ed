# Dataclasses: generated __init__/__repr__/__eq__, order, frozen, default_factory, post_init, kw_only, asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
from typing import List, ClassVar

@dataclass
class InventoryItem:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand

item = InventoryItem("widget", 3.0, 10)
print(item, item.total_cost(), item == InventoryItem("widget", 3.0, 10), item.tags)
print(asdict(item), astuple(item), [f.name for f in fields(item)], is_dataclass(item))
print(replace(item, quantity_on_hand=2))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)), {Version(2): "x"})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    InventoryItem("x")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

@dataclass
class Point:
    x: float
    y: float
    def __post_init__(self):
        self.dist = (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist, Point.__match_args__)
match p:
    case Point(x, y):
        print("matched", x, y)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
print(Config(port=1), repr(Config()))
try:
    Config("h")
except TypeError as e:
    print(e)

@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(InventoryItem.__init__.__qualname__, InventoryItem.__eq__(item, 3))
