# functools.cached_property: computed once, stored in the instance.
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        print("summing")
        return sum(self.values)

    @cached_property
    def mean(self):
        "The average."
        return self.total / len(self.values)

d = Dataset([1, 2, 3, 4])
print(d.total, d.total, d.mean)
print(sorted(vars(d)))
d.values.append(10)
print(d.total)
del d.total
print(d.total)
d.total = 0
print(d.total, d.mean)
print(Dataset.mean.__doc__, type(Dataset.total).__name__, Dataset.total.attrname)

class Page:
    def __init__(self, url):
        self.url = url

    @cached_property
    def slug(self):
        return self.url.rstrip("/").rsplit("/", 1)[-1]

pages = [Page("/blog/hello-world/"), Page("/about")]
print([p.slug for p in pages], "slug" in pages[0].__dict__)

class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1

try:
    Slotted().y
except TypeError as exc:
    print("TypeError:", exc)

loose = cached_property(lambda self: 1)
try:
    loose.__get__(Page("x"), Page)
except TypeError as exc:
    print("TypeError:", exc)

