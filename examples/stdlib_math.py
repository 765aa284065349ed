# math: floating-point and integer functions.
import math

# Constants.
print(math.pi, math.e, math.inf)

# Rounding towards -inf / +inf, and exact integer square roots.
print(math.floor(2.7), math.ceil(2.1), math.isqrt(99))

# Greatest common divisor, least common multiple, combinatorics.
print(math.gcd(48, 180), math.lcm(4, 6), math.comb(5, 2), math.factorial(6))

# Geometry: the hypotenuse and an angle in degrees.
print(math.hypot(3, 4), math.degrees(math.atan2(1, 1)))

# Floats are approximate: compare with isclose, sum with fsum.
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
