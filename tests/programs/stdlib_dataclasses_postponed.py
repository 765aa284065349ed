# Dataclasses under postponed annotations: ClassVar and InitVar written as
# strings are still recognised (by name, as CPython's dataclasses does),
# and forward references to the class itself just work.
from __future__ import annotations

import dataclasses
import typing
from dataclasses import InitVar, dataclass, field
from typing import ClassVar, Optional


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    opened: int = 0
    instances: ClassVar[int] = 0
    currency: typing.ClassVar[str] = "EUR"
    initial_bonus: InitVar[float] = 0.0
    history: list[tuple[str, float]] = field(default_factory=list)
    referrer: Optional[Account] = None

    def __post_init__(self, initial_bonus):
        Account.instances += 1
        if initial_bonus:
            self.deposit(initial_bonus, "bonus")

    def deposit(self, amount: float, note: str = "deposit") -> Account:
        self.balance += amount
        self.history.append((note, amount))
        return self


a = Account("ann", initial_bonus=25.0)
b = Account("bob", 10.0, referrer=a).deposit(5)
print(a)
print(b.balance, b.referrer.owner, Account.instances, Account.currency)
print([(f.name, f.type) for f in dataclasses.fields(Account)])
print(dataclasses.asdict(b)["history"], dataclasses.astuple(a)[:3])
print(Account.__annotations__["initial_bonus"], Account.__annotations__["referrer"])
print(typing.get_type_hints(Account.deposit))
try:
    dataclasses.replace(a, balance=1.0)
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.replace(a, balance=1.0, initial_bonus=0.0).balance, Account.instances)
