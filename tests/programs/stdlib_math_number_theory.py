# Integer math: gcd/lcm, primes with isqrt, combinatorics, factorials.
import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


print([n for n in range(100) if is_prime(n)])
print(math.gcd(84, 36), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(12, 18, 30), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 9), math.lcm())
print([math.isqrt(n) for n in [0, 1, 15, 16, 17, 10**20, 2**127]])
print([math.factorial(n) for n in range(12)])
print(math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(4, 6))
for n in range(7):
    print(" " * (6 - n) * 2, " ".join(f"{math.comb(n, k):3}" for k in range(n + 1)))


def reduce_fraction(a, b):
    g = math.gcd(a, b)
    return a // g, b // g


print(reduce_fraction(462, 1071), reduce_fraction(100, 75))
print(math.floor(10**20 / 3), 10**20 // 3, math.ceil(7 / 2))
for bad in [lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.comb(5, -1),
            lambda: math.log(0), lambda: math.isqrt(-4), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
