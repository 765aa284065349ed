# Rich comparisons: __eq__, __lt__, __le__ and friends, NotImplemented and reflection.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)

a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a == c, a != b, a < b, b > a, a <= c, b >= a)
print(sorted([b, a, Version("0.9"), Version("1.2.1")]))
print(max(a, b), min([b, c]))
print(a == "1.2.0", a != "1.2.0")
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
print(len({a, c, b}))

class Always:
    def __eq__(self, other):
        return True
print(Always() == 5, 5 == Always(), Always() != 5)

class Weird:
    def __lt__(self, other):
        print("Weird.__lt__ called")
        return "truthy string"
    def __gt__(self, other):
        print("Weird.__gt__ called")
        return False
print(Weird() < 1)
print(1 < Weird())
print(1 > Weird())

class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
print([1, 2] < [1, 3], (1, "a") < (1, "b"), "abc" < "abd", [1] == [1.0])
