# Floor division, modulo and power with negative operands: Python rounds toward negative infinity.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check {q * b + r == a}")
print(int(-7 / 3), -7 // 3, round(-7 / 3))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 % 10, -11 % 10, -10 % 10, 10 % -3, -10 % -3)
print((-2) ** 2, -2 ** 2, (-2) ** 3, (-1) ** 100, (-1) ** 101, 2 ** -3, (-2) ** -3)
print((-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__)
print(10 ** -2, 0.5 ** -1, (-0.5) ** 2, 4 ** 0.5, 27 ** (1 / 3))
print(-2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, -3 ** 2 ** 0)
print(5 // 2 * 2 + 5 % 2, -5 // 2 * 2 + -5 % 2)
print(1 - 2 - 3, 2 * 3 % 4, 2 + 3 * 4 ** 2, (2 + 3) * 4, 100 / 10 / 2, 2 ** 2 ** 3)
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, 7 % -2.0, -0.0 // 1, 0.0 % -1)
hours = -5 % 24
print("5 hours before midnight is", hours)
def wrap(index, size):
    return index % size
print([wrap(i, 4) for i in range(-6, 7)])
print(-(10 ** 20) // 3, -(10 ** 20) % 3, (10 ** 20) // -7, (10 ** 20) % -7)
print(~5, ~-5, -5 >> 1, -5 << 1, -1 & 0xFF, -256 | 15)
