# Symbolic expressions as classes; simplification and differentiation with nested class patterns.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
    def __repr__(self): return str(self.value)

class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name

class Add:
    __match_args__ = ("left", "right")
    def __init__(self, left, right): self.left, self.right = left, right
    def __repr__(self): return f"({self.left} + {self.right})"

class Mul:
    __match_args__ = ("left", "right")
    def __init__(self, left, right): self.left, self.right = left, right
    def __repr__(self): return f"{self.left} * {self.right}"

def simplify(e):
    match e:
        case Add(l, r):
            l, r = simplify(l), simplify(r)
            match l, r:
                case (Num(0), x) | (x, Num(0)):
                    return x
                case Num(a), Num(b):
                    return Num(a + b)
                case _:
                    return Add(l, r)
        case Mul(l, r):
            l, r = simplify(l), simplify(r)
            match l, r:
                case (Num(0), _) | (_, Num(0)):
                    return Num(0)
                case (Num(1), x) | (x, Num(1)):
                    return x
                case Num(a), Num(b):
                    return Num(a * b)
                case _:
                    return Mul(l, r)
        case _:
            return e

def derive(e, v):
    match e:
        case Num():
            return Num(0)
        case Var(name) if name == v:
            return Num(1)
        case Var():
            return Num(0)
        case Add(l, r):
            return Add(derive(l, v), derive(r, v))
        case Mul(l, r):
            return Add(Mul(derive(l, v), r), Mul(l, derive(r, v)))
    raise TypeError(f"cannot differentiate {e!r}")

x, y = Var("x"), Var("y")
exprs = [
    Add(Mul(Num(3), x), Num(5)),
    Mul(x, x),
    Mul(Add(x, Num(1)), Add(x, Num(-1))),
    Add(Mul(x, y), Mul(Num(2), y)),
    Mul(Num(0), Add(x, y)),
]
for e in exprs:
    d = derive(e, "x")
    print(f"d/dx {e}  =  {simplify(d)}")
print(simplify(Add(Num(2), Num(3))), simplify(Mul(Num(1), Add(Num(0), x))))
try:
    derive("x", "x")
except TypeError as err:
    print("TypeError:", err)
