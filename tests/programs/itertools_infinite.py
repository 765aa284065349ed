# Infinite iterators cut short: count, cycle, repeat with islice and takewhile.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(zip("abc", count(1))))
c = count(3)
print(next(c), next(c), c, count(), count(1, 2), count(2.5), count(1, 1.0), count(start=7), count(10, -1))

colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(islice(cycle("ab"), 5)), list(cycle([])))

print(list(repeat("x", 3)), list(map(pow, range(5), repeat(2))))
r = repeat(7, 2)
print(r, next(r), r, list(r), r, repeat("y"), repeat(None, -3))
print(r.__length_hint__(), repeat(1, 5).__length_hint__())

# Squares under 50, and what follows the first big one.
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1, 2])))
print(list(takewhile(lambda x: x, [1, 2, 0, 3])))

# islice with start, stop and step.
letters = "abcdefghij"
print(list(islice(letters, 3)), list(islice(letters, 2, 6)), list(islice(letters, 1, None, 3)))
print(list(islice(letters, None)), list(islice(letters, 8, 100)), list(islice(letters, 0, 0)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))

# Batching with islice.
def batched(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch

print(list(batched(range(7), 3)))

# Primes from count().
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(islice(primes(), 10)))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt("stop", lambda: islice("ab", -1))
attempt("stop type", lambda: islice("ab", "x"))
attempt("start", lambda: islice("ab", -1, 5))
attempt("step", lambda: islice("ab", 0, 5, 0))
attempt("args", lambda: islice("ab"))
attempt("count", lambda: count("a"))
attempt("repeat", lambda: repeat())
attempt("repeat times", lambda: repeat(1, "a"))
attempt("cycle", lambda: cycle())
attempt("cycle type", lambda: cycle(5))
attempt("takewhile", lambda: takewhile(bool))
print(type(count()).__name__, type(cycle("")).__name__, type(repeat(1)).__name__, count.__module__)
