# Serialising a mixed document tree with functools.singledispatch, a
# singledispatchmethod pretty-printer, and partialmethod shortcuts.
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partialmethod, singledispatch, singledispatchmethod


@dataclass
class Link:
    url: str
    text: str


@singledispatch
def to_text(node):
    return f"<unknown {type(node).__name__}>"


@to_text.register
def _(node: str):
    return node


@to_text.register
def _(node: int | float):
    return format(node, ",")


@to_text.register(list)
@to_text.register(tuple)
def _(node):
    return " ".join(to_text(n) for n in node)


@to_text.register
def _(node: Link):
    return f"[{node.text}]({node.url})"


@to_text.register(Mapping)
def _(node):
    return "; ".join(f"{k}={to_text(v)}" for k, v in node.items())


@to_text.register(type(None))
def _(node):
    return "-"


doc = ["Total", 1234567, "items,", 0.5, "ratio", Link("https://x.org", "site"),
       {"a": 1, "b": [2, 3]}, None, b"raw", (True, 2)]
for part in doc:
    print(f"{type(part).__name__:8} -> {to_text(part)}")
print(to_text(doc))
print(to_text.dispatch(bool).__name__, to_text.dispatch(dict) is to_text.registry[Mapping])
print(sorted(t.__name__ for t in to_text.registry))
try:
    to_text()
except TypeError as e:
    print("TypeError:", e)
try:
    to_text.register(42, print)
except TypeError as e:
    print("TypeError:", e)


class Report:
    def __init__(self):
        self.lines = []

    @singledispatchmethod
    def add(self, item):
        self.lines.append(f"? {item!r}")
        return self

    @add.register
    def _(self, item: str):
        self.lines.append(item)
        return self

    @add.register
    def _(self, item: list):
        for x in item:
            self.add(x)
        return self

    def add_rule(self, char, width=10):
        self.lines.append(char * width)
        return self

    rule = partialmethod(add_rule, "-")
    double_rule = partialmethod(add_rule, "=", width=20)


r = Report().add("Title").double_rule().add(["one", "two", 3]).rule(width=5).add(4.5)
print("\n".join(r.lines))
print(Report.add.__name__ if hasattr(Report.add, "__name__") else "", isinstance(Report.__dict__["rule"], functools.partialmethod))
