# Chunking and windowing streams with islice, tee and zip_longest (the itertools recipes).
from itertools import chain, count, cycle, groupby, islice, repeat, tee, zip_longest, accumulate, starmap
import operator


def chunks(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def window(iterable, n):
    iters = tee(iterable, n)
    for i, it in enumerate(iters):
        for _ in range(i):
            next(it, None)
    return zip(*iters)


def roundrobin(*iterables):
    pending = [iter(it) for it in iterables]
    while pending:
        nxt = []
        for it in pending:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        pending = nxt


print(list(chunks(range(11), 4)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(window([1, 2, 3, 4, 5], 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(islice(count(1), 0, 20, 3)), list(islice("abcdef", 2, None)))
print(list(islice(cycle([1, 2, 3]), 7)), list(repeat(None, 2)))
primes = (n for n in count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(islice(primes, 15)))
print(list(accumulate(range(1, 6), operator.mul)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(starmap(operator.pow, [(2, 5), (3, 2), (10, 3)])))
runs = [(k, sum(1 for _ in g)) for k, g in groupby(sorted("mississippi"))]
print(runs)
flat = list(chain.from_iterable([[1, 2], (3,), range(4, 6)]))
print(flat, sum(flat))
fib = accumulate(repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, _ in islice(fib, 12)])
