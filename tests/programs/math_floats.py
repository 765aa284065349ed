# Floating-point tools of math: exact summation (fsum), hypot/dist with
# many coordinates, isclose, frexp/ldexp/modf, nextafter/ulp, and
# floor/ceil/trunc through __floor__/__ceil__/__trunc__.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(x / 7 for x in range(1, 100)), math.fsum([math.inf, 1]), math.fsum([2**60, -1.0]))
print(math.fsum([1.1, 2.2, 3.3, -6.6]), math.fsum(range(10)), math.fsum([-0.0]))
print(math.hypot(3, 4), math.hypot(), math.hypot(-2.5), math.hypot(1, 2, 3, 4, 5), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200))
print(math.hypot(*[0.1] * 17), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)), math.dist(range(5), range(5, 0, -1)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(100, 101, rel_tol=0.01), math.isclose(a=1, b=1))
for x in [0.0, -0.0, 1.0, 0.1, -37.25, 1e-310, 5e-324, 1.7976931348623157e308, math.inf, math.nan]:
    m, e = math.frexp(x)
    print("frexp", x, m, e, math.ldexp(m, e), math.modf(x), math.ulp(x))
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(0.75, -1074), math.ldexp(-1.5, 1023), math.ldexp(5e-324, 1074))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(-0.0, 1), math.nextafter(3, 3))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), type(math.floor(2.0)).__name__, math.ceil(1e20))


class Price:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return "floor of %d" % self.cents

    def __ceil__(self):
        return self.cents // 100 + 1

    def __trunc__(self):
        return self.cents // 100


p = Price(1999)
print(math.floor(p), math.ceil(p), math.trunc(p))


class F(float):
    pass


class I(int):
    pass


print(math.floor(F(2.7)), math.trunc(F(-2.7)), math.floor(I(5)), math.sqrt(F(2.25)), math.log(I(1000), 10))
print(math.copysign(3, -0.0), math.fabs(-7), math.sqrt(2) ** 2, math.cbrt(27), math.exp2(10), math.cbrt(-8))
