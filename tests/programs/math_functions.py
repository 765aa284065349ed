# math's float functions agree with CPython to the last bit: libm calls,
# CPython's own gamma/lgamma, and glibc's erf, asinh, acosh, atanh, cbrt.
import math

points = [0.0, -0.0, 1e-300, 1e-20, 0.1, 0.25, 0.5, 0.84375, 0.9, 1.0, 1.25, 1.5, 2.0, 2.5, 2.857,
          3.0, 5.5, 6.0, 10.0, 27.5, 28.0, 100.0, 171.5, 250.0, 1e10, 1e300]
points += [-p for p in points[2:]]
names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc",
         "gamma", "lgamma", "cbrt", "fabs", "degrees", "radians"]
for name in names:
    f = getattr(math, name)
    row = []
    for x in points:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[0])
    print(name, " ".join(row))

for y in [-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0]:
    print("atan2", y, [math.atan2(y, x) for x in [-math.inf, -1.0, -0.0, 0.0, 2.0, math.inf]])
for x, y in [(2, 10), (2, 0.5), (-8, 1 / 3), (0.0, 0), (10, -2), (1.0001, 1e5), (-2, 3), (math.inf, -1), (-math.inf, 3), (0.5, math.inf), (1, math.nan), (math.nan, 0)]:
    try:
        print("pow", x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print("pow", x, y, type(e).__name__, e)
for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (1e300, 1e-300), (3, math.inf), (-0.0, 1)]:
    print("fmod/remainder/copysign", x, y, math.fmod(x, y), math.remainder(x, y), math.copysign(x, -y))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.gamma(0.5) ** 2, math.lgamma(0.5), math.gamma(5), math.gamma(-1.5), math.lgamma(-2.5))
print(math.exp(1) == math.e, math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(2 ** 0.5, 2))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.degrees(math.pi), math.radians(180))
