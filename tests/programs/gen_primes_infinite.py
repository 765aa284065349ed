# Infinite generators: an incremental prime sieve, filtering and taking from endless streams.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

def take(n, gen):
    return [x for _, x in zip(range(n), gen)]

def take_while(pred, gen):
    for x in gen:
        if not pred(x):
            return
        yield x

print(take(15, primes()))
print(sum(take_while(lambda p: p < 1000, primes())))
gaps = []
prev = None
for p in primes():
    if p > 200:
        break
    if prev is not None:
        gaps.append(p - prev)
    prev = p
print("max gap below 200:", max(gaps), "gaps:", gaps[:12])
palindromic = (p for p in primes() if str(p) == str(p)[::-1])
print(take(12, palindromic))
def twin_primes():
    gen = primes()
    a = next(gen)
    for b in gen:
        if b - a == 2:
            yield a, b
        a = b
print(take(6, twin_primes()))
g = primes()
print(next(g), next(g), next(g), g.__next__())
g.close()
print(next(g, "closed"))
