# dataclasses: classes that are mainly data get __init__, __repr__ and
# __eq__ written for them from their annotated fields.
from dataclasses import asdict, dataclass, field, replace


@dataclass
class Book:
    title: str
    author: str
    pages: int = 0
    tags: list = field(default_factory=list)  # a fresh list per instance


b = Book("Dune", "Herbert", 412)
b.tags.append("sci-fi")
print(b)
print(b == Book("Dune", "Herbert", 412, ["sci-fi"]))
print(asdict(b))
print(replace(b, pages=500))  # a copy with one field changed


# order=True adds <, <=, >, >=; frozen=True makes instances read-only.
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int


print(sorted([Version(1, 10), Version(1, 2), Version(0, 9)]))
