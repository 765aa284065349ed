# abs, round (banker's rounding, ndigits, negative ndigits), divmod and pow (three-arg, negative).
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(-10**30), abs(3 + 4j), abs(True))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__, round(7.5, 0))
print(round(1e20), round(0.1 + 0.2, 10), round(-0.4), round(2.5, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10**20, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(9, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(7, 128, 13), pow(38, -1, 97), pow(-3, 3, 7), pow(2, 100, 10**9 + 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1 / 3) if False else "complex result skipped", (-8) ** 2, -8 ** 2, 2 ** -2, 2 ** 3 ** 2)
print(10 ** 0, 0 ** 0, 0.0 ** 0, (-1) ** 0.5 == 1j if False else "no complex")
print(round(123.456, 1), round(-123.456, 1), round(0.0001, 3), round(99.995, 2))
class Num:
    def __round__(self, n=None):
        return f"rounded to {n}"
    def __abs__(self):
        return "absolute"
print(round(Num()), round(Num(), 2), abs(Num()))
