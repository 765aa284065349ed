# Number theory: gcd/lcm (Euclid), sieve of Eratosthenes, prime factorisation, perfect numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a * b // gcd(a, b)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
from_one = 1
for k in range(1, 21):
    from_one = lcm(from_one, k)
print("lcm(1..20) =", from_one)

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100)
print(len(primes), primes[-5:])
print(len(sieve(10000)), sum(sieve(1000)))

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))

perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect numbers:", perfect)
twin = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twin)
