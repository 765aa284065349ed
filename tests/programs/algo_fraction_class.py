# A Fraction class: normalisation, arithmetic dunders with ints, comparisons, hashing, conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(abs(num), den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, other):
        other = self._coerce(other)
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)
    __radd__ = __add__

    def __sub__(self, other):
        return self + (-self._coerce(other))

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        other = self._coerce(other)
        return Fraction(self.num * other.num, self.den * other.den)
    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        other = self._coerce(other)
        return (self.num, self.den) == (other.num, other.den)

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 + half, 1 - third, 2 * third)
print(Fraction(6, -8), repr(Fraction(10, 5)), float(Fraction(1, 8)), Fraction(3, 9) == third)
print(half > third, sorted([half, third, Fraction(-1, 4), Fraction(5, 4)]))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), Fraction(4, 2) == 2)
total = sum(Fraction(1, n) for n in range(1, 11))
print("H(10) =", total, round(float(total), 6))
x = Fraction(1)
for _ in range(5):
    x = (x + Fraction(2) / x) / 2
print("sqrt(2) approx", x, float(x))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
