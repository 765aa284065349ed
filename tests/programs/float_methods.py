# float operations: int conversion, is_integer, comparisons with ints, mixed arithmetic, math-free helpers.
x = 7.25
print(int(x), float(int(x)), x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print(x + 1, x - 0.25, x * 2, x / 2, x // 2, x % 2, x ** 2, -x, abs(-x))
print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1.0, 10 / 5, type(10 / 5).__name__, 2 ** 0.5 * 2 ** 0.5)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, 1 == 1.0, 2 ** 53 == 2.0 ** 53)
print(1 < 1.5 < 2, 3.0 in [1, 2, 3], [1.0, 2.0].index(2), {1.0: "float key"}[1])
def sqrt(n, eps=1e-12):
    guess = n / 2 if n > 1 else 1.0
    while abs(guess * guess - n) > eps:
        guess = (guess + n / guess) / 2
    return guess
print(sqrt(2), sqrt(9), sqrt(0.25), round(sqrt(10), 6))
def mean(values):
    return sum(values) / len(values)
def variance(values):
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / len(values)
data = [2.5, 3.5, 1.0, 4.0, 4.0]
print(mean(data), variance(data), round(variance(data) ** 0.5, 4))
print(f"{mean(data):.3f} {max(data)} {min(data)} {sorted(data)}")
celsius = [-40, 0, 37, 100]
print([c * 9 / 5 + 32 for c in celsius])
print([round(f, 1) for f in (1.25, 1.35, 2.45, -1.55)])
print(float("3.14"), str(3.14), repr(3.14), f"{3.14}", "%s %r %f %g" % (3.14, 3.14, 3.14, 3.14))
print(1e3 == 1000, int(1e3), 1e3 // 7, divmod(1e3, 7))
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, round(total, 10))
print(max(0.1, 1e-1), min(-0.0, 0.0), sorted([3.3, -1.1, 2.2, 0.0]))
print(float.__name__, (2.5).__round__(), (3.5).__round__())
print(int(-0.9), int(0.9), -7.0 // 2, -7.0 % 2, 7.0 % -2)
