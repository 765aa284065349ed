# Integer functions of math on small and huge ints: factorial, comb,
# perm, gcd, lcm, isqrt, and logarithms of ints too big for a float.
import math

print([math.factorial(n) for n in range(15)])
print(math.factorial(30), math.factorial(50) % 10**12, math.factorial(True))
print(str(math.factorial(500))[:40], len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(52, 5), math.comb(100, 50), math.comb(5, 7), math.comb(0, 0))
print(math.comb(10**20, 3), math.comb(300, 150) % 10**15)
print(math.perm(10, 3), math.perm(5), math.perm(6, 0), math.perm(4, 9), math.perm(10**10, 3))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, -30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**20))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 2**127 - 1]])
print(math.isqrt(10**100 + 12345), math.isqrt(True))
for e in [10, 100, 308, 309, 1000, 4000]:
    n = 10**e
    print(e, math.log(n), math.log10(n), math.log2(n), math.log(n, 3), math.log(n + 1, 2**80))
print(math.log(2**1023), math.log(2**1024), math.log2(2**5000), math.log10(7**999))
print(math.sqrt(2**106), math.sqrt(10**300), math.sqrt(3**600))
print(math.floor(10**30 + 0.5), math.ceil(-(10**20) / 3), math.trunc(2**70 / 3), math.floor(-7), math.ceil(True))
print(math.prod([1, 2, 3, 4, 5]), math.prod(range(1, 21)), math.prod([]), math.prod([2.5, 4]), math.prod([2, 3], start=10))
print(math.prod(range(1, 40)), math.prod([1.5, 2, 3]), math.prod(["ab", 3]))
