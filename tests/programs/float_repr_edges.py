# Float repr: shortest round-trip form, exponent thresholds, signed zero, inf and nan.
print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 3 * 0.1 == 0.3, round(0.1 + 0.2, 2) == 0.3)
print(1e16, 1e15, 123456789012345678.0, 1e22, 1e23, 9007199254740993.0)
print(1e-7, 1e-5, 0.0001, 0.00001, 1.5e-7, 123e-9)
print(1.0, 2.50, 100.0, 1e2, 1.0e0, 3.0 * 2, 7 / 2, 1 / 8, 2 / 3)
print(-0.0, 0.0 * -1, -0.0 == 0.0, str(-0.0), abs(-0.0), -0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan is nan, inf == inf, inf > 1e308, -inf < -1e308)
print(float("1e309"), float("-1e309"), 1e308 * 10, 2.0 ** 1023 * 2 if False else 1.7976931348623157e308)
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308, 1.7976931348623157e308)
print(0.1, 0.2, 0.3, 0.7, 1.1, 2.675, 1.005, 100.1, 1234.5678)
print(repr(1/3), str(1/3), 1/3 * 3, 2 ** 0.5, 10 ** 0.5)
print(float(12345678912345), float(123456789123456789), 1e15 + 0.5, 1e16 + 1)
print([x / 10 for x in range(10)])
print(0.5.as_integer_ratio(), 0.1.as_integer_ratio()[1] == 2 ** 55, 3.0.is_integer(), 3.5.is_integer())
print((0.1).hex(), float.fromhex("0x1.8p1"), (-2.5).hex())
print(round(2.5), round(3.5), round(0.5), round(-0.5), round(1.25, 1), round(1.35, 1))
print(int(2.9999999999999996), int(2.99999999999999999), 1e300 * 1e10)
print(-1e-300 * 1e-300, 1e-300 * 1e-300, (-1e-300 * 1e-300) == 0)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 0.3 - 0.1)
print(float(-0), -float(0), float("-0"), float("-0.0"))
print(1.0 // 0.3, 1.0 % 0.3, -1.0 // 0.3, -1.0 % 0.3, 7.5 // -2, 7.5 % -2)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
