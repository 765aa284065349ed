# Arithmetic dunders: __add__/__radd__, __sub__, __mul__/__rmul__, __neg__, __abs__, in-place ops.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", other)
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, factor):
        return Money(round(self.cents * factor))
    __rmul__ = __mul__
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __bool__(self):
        return self.cents != 0
    def __iadd__(self, other):
        print("  __iadd__")
        self.cents += other.cents
        return self

a = Money(1050)
b = Money(299)
print(a + b, a - b, b - a, a * 3, 2 * b, -a, abs(b - a))
print(sum([a, b, Money(1)]))
print(5 + a)
wallet = Money(0)
alias = wallet
wallet += a
print(wallet, alias is wallet, bool(Money(0)), bool(wallet))
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + a
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __repr__(self):
        return f"Vec{self.xs}"
    def __add__(self, o):
        return Vec(*(x + y for x, y in zip(self.xs, o.xs)))
    def __truediv__(self, k):
        return Vec(*(x / k for x in self.xs))
    def __floordiv__(self, k):
        return Vec(*(x // k for x in self.xs))
    def __mod__(self, k):
        return Vec(*(x % k for x in self.xs))
    def __pow__(self, k):
        return Vec(*(x ** k for x in self.xs))
    def __matmul__(self, o):
        return sum(x * y for x, y in zip(self.xs, o.xs))
    def __lshift__(self, n):
        return Vec(*(self.xs[n:] + self.xs[:n]))
    def __and__(self, o):
        return Vec(*(x & y for x, y in zip(self.xs, o.xs)))
    def __or__(self, o):
        return Vec(*(x | y for x, y in zip(self.xs, o.xs)))
    def __xor__(self, o):
        return Vec(*(x ^ y for x, y in zip(self.xs, o.xs)))
    def __invert__(self): return Vec(*(~x for x in self.xs))
    def __pos__(self): return self

v, w = Vec(6, 7, 12), Vec(3, 5, 10)
print(v + w, v / 4, v // 4, v % 4, v ** 2, v @ w, v << 1)
print(v & w, v | w, v ^ w, ~v, +v)
