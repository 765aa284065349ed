# prime_sieve.py -- finding prime numbers three ways.
#
# Shows: list slicing assignment with a step, enumerate, generators with a
# dict of upcoming composites, and for/else.


def sieve(limit):
    """Sieve of Eratosthenes: all primes below `limit`."""
    is_prime = [True] * limit
    is_prime[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            # cross out n*n, n*n+n, ... in one slice assignment
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
    return [n for n, prime in enumerate(is_prime) if prime]


def is_prime(n):
    """Trial division, using for/else: else runs when no divisor was found."""
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    else:
        return True


def primes():
    """An endless stream of primes (incremental sieve)."""
    upcoming = {}          # composite -> primes that divide it
    n = 2
    while True:
        if n not in upcoming:
            yield n
            upcoming[n * n] = [n]
        else:
            for p in upcoming.pop(n):
                upcoming.setdefault(n + p, []).append(p)
        n += 1


small = sieve(60)
print("primes below 60:", small)
print("trial division agrees:", small == [n for n in range(60) if is_prime(n)])

stream = primes()
first_25 = [next(stream) for _ in range(25)]
print("25th prime:", first_25[-1])

big = sieve(100_000)
print(f"{len(big)} primes below 100,000; the largest is {big[-1]}")

# Goldbach: every even number > 2 is the sum of two primes.
prime_set = set(big)
for even in (28, 100, 1000, 9998):
    p = next(p for p in big if even - p in prime_set)
    print(f"{even} = {p} + {even - p}")
