# Operator dispatch: reflected methods, NotImplemented on both sides, subclass priority, in-place fallback.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        print(f"  Meters.__add__({other!r})")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  Meters.__radd__({other!r})")
        return self.__add__(other)
    def __eq__(self, other):
        return isinstance(other, Meters) and self.v == other.v

class Feet(Meters):
    def __repr__(self):
        return f"{self.v}ft"
    def __radd__(self, other):
        print(f"  Feet.__radd__({other!r})")
        return Feet(other.v + self.v * 0.3048) if isinstance(other, Meters) else NotImplemented

class Other:
    def __add__(self, other):
        print("  Other.__add__")
        return NotImplemented
    def __repr__(self):
        return "Other()"

print(Meters(1) + Meters(2))
print(Meters(1) + 5)
print(5 + Meters(1))
print(Meters(10) + Feet(10))   # subclass's reflected method is tried first
print(sum([Meters(1), Meters(2)]))
try:
    Meters(1) + Other()
except TypeError as e:
    print("TypeError:", e)
try:
    Other() + Meters(1)
except TypeError as e:
    print("TypeError:", e)
m = Meters(3)
original = m
m += 4                        # no __iadd__: falls back to __add__, new object
print(m, m is original, original)
lst = [1]
alias = lst
lst += [2]                    # list has __iadd__: mutates in place
print(lst, alias is lst)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
print(Meters(1) == Meters(1), Meters(1) != Meters(2), Meters(1) == 1, 1 == Meters(1))
