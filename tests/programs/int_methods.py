# int methods and operations: bit ops, bit_length, bit_count, to/from bytes, conversions, bool as int.
n = 42
print(n.bit_length(), (0).bit_length(), (-255).bit_length(), n.bit_count(), (-7).bit_count())
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), int.from_bytes(b"\x00\x2a", "big"), (-1).to_bytes(2, "big", signed=True))
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(n & 15, n | 1, n ^ 0xFF, ~n, n << 3, n >> 2, -n >> 1, -1 >> 10, 1 << 0)
print(int.__add__(2, 3), (7).__mul__(6), (5).__rsub__(10), (3).__pow__(4))
print(True + 1, False * 5, True & False, True | False, True ^ True, ~True, -True, True << 3)
print(isinstance(True, int), int(True), bool(2), 10 // True, type(True + True).__name__)
print(int("1010", base=2), int("777", 8), int("-zz", 36), int("  0  "))
print(abs(-n), -(-n), +n, n.__neg__(), n.__abs__(), n.__index__())
print(7 // 2, 7 % 2, 7 / 2, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 5, 10 ** 18 + 1)
print(100 == 100.0, n is not None, 10 ** 2 == 100, hash(1) == hash(1.0))
print(max(3, 7) - min(3, 7), sum(range(1, 101)) == 100 * 101 // 2)
print(int(3.7), int(-3.7), round(3.7), round(-3.7), int("12") + int("34"))
print(1_000 * 1_000, 0b1111 + 0o17 + 0xF, 17 & -17, 12 | 3 & 5, (12 | 3) & 5)
print((-5) % 3, -5 % 3, -(5 % 3), 5 % -3, 0 % 5, 5 % 5)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
