# math's errors: domain and range errors, type errors and argument counts.
import math

cases = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-2.5)", "math.log(10, 1)", "math.log(10, 0)",
    "math.log2(0)", "math.log10(-1)", "math.log1p(-1)", "math.acos(2)", "math.asin(-1.5)",
    "math.acosh(0.5)", "math.atanh(1)", "math.exp(1000)", "math.exp2(2000)", "math.expm1(800)",
    "math.cosh(1000)", "math.sinh(-1000)", "math.pow(0, -1)", "math.pow(10, 400)", "math.pow(-8, 1/3)",
    "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.gamma(0)", "math.gamma(-3)",
    "math.gamma(172)", "math.lgamma(0)", "math.lgamma(-2)", "math.tan(math.inf)", "math.sin(math.inf)",
    "math.ldexp(1.0, 2000)", "math.ldexp(1.0, 10**30)", "math.ldexp(1.0, 2.0)", "math.sqrt(10**400)",
    "math.factorial(-1)", "math.factorial(1.5)", "math.factorial(10**20)", "math.comb(-1, 2)",
    "math.comb(5, -2)", "math.perm(5, -1)", "math.perm(-5)", "math.isqrt(-1)", "math.isqrt(2.0)",
    "math.gcd(1.5)", "math.lcm(2, 'a')", "math.sqrt('a')", "math.sqrt(None)", "math.floor('a')",
    "math.trunc('a')", "math.ceil([1])", "math.floor(math.inf)", "math.ceil(math.nan)", "math.fsum([1, 'a'])",
    "math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.dist((1, 2), (1,))",
    "math.dist([1], 5)", "math.hypot('x')", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1)",
    "math.isclose(1, 2, 3)", "math.prod()", "math.prod([1, 2], 3)", "math.sqrt()", "math.sqrt(1, 2)",
    "math.sqrt(x=4)", "math.atan2(1)", "math.pow(2)", "math.log()", "math.log(1, 2, 3)", "math.copysign(1)",
    "math.nextafter(1)", "math.comb(5)", "math.ulp()", "math.frexp('a')", "math.erf('x')",
]
for c in cases:
    try:
        print(c, "=", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class Bad:
    def __float__(self):
        return "nope"


class Index:
    def __index__(self):
        return 7


print(math.sqrt(Meters(16.0)), math.floor(Meters(2.5)), math.sqrt(Index()), math.factorial(Index()))
for c in ["math.sqrt(Bad())", "math.gcd(Meters(2))", "math.exp(Meters('x'))"]:
    try:
        print(eval(c))
    except TypeError as e:
        print("TypeError:", e)
