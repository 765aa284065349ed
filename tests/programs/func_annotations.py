# Function annotations are stored but never enforced.
def area(width: float, height: float = 1.0) -> float:
    return width * height

def tagged(*items: str, sep: str = ",", **opts: int) -> "str":
    return sep.join(items) + str(sorted(opts.values()))

print(area(3, 4), area(2.5))
print(tagged("a", "b", sep="|", x=3, y=1))
ann = area.__annotations__
for key in ann:
    print(key, ann[key].__name__)
print(tagged.__annotations__["items"] is str, tagged.__annotations__["return"])

def ignores_types(x: int) -> int:
    return x * 2

print(ignores_types("not an int"))

def complex_ann(a: list[int], b: dict[str, tuple[int, ...]] | None = None) -> None:
    return None

print(complex_ann([1]))
print(repr(complex_ann.__annotations__["a"]))
print(area.__name__, area.__defaults__)

class Shape:
    def scale(self, factor: "float") -> "Shape":
        self.factor = factor
        return self

print(Shape().scale(2).factor, Shape.scale.__annotations__)

def positional(a: int, /, b: int, *, c: int = 0) -> int:
    return a + b + c

print(positional(1, 2, c=3), list(positional.__annotations__))
