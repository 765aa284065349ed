# Order processing with dataclasses: defaults, field(default_factory), ordering, frozen.
from dataclasses import asdict, astuple, dataclass, field, fields, replace, FrozenInstanceError


@dataclass
class LineItem:
    sku: str
    qty: int = 1
    unit_price: float = 0.0

    @property
    def total(self) -> float:
        return self.qty * self.unit_price


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    notes: str = field(default="", repr=False)
    status: str = "new"

    def add(self, item: LineItem) -> None:
        self.items.append(item)

    def total(self) -> float:
        return round(sum(i.total for i in self.items), 2)


o = Order(1, "acme")
o.add(LineItem("bolt", 10, 0.25))
o.add(LineItem("nut", unit_price=0.1, qty=30))
print(o)
print(o.total(), o.items[0].total)
print(asdict(o))
print(astuple(o.items[1]))
o2 = replace(o, order_id=2, status="shipped")
print(o2, o2.items is o.items)
print(o == Order(1, "acme", [LineItem("bolt", 10, 0.25), LineItem("nut", 30, 0.1)]))
print([f.name for f in fields(Order)], fields(LineItem)[1].default)
print(Order(3, "x").items is not Order(4, "y").items)


@dataclass(order=True, frozen=True)
class Priority:
    level: int
    name: str = field(compare=False)


ps = [Priority(3, "low"), Priority(1, "urgent"), Priority(2, "normal")]
print(sorted(ps))
print(Priority(1, "a") == Priority(1, "b"), Priority(1, "a") < Priority(2, "a"), hash(Priority(1, "a")) == hash(Priority(1, "z")))
try:
    ps[0].level = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
print(Order.__init__.__qualname__ if hasattr(Order.__init__, "__qualname__") else "", LineItem.__eq__ is not object.__eq__)
