# Hand-written versions of itertools: count, cycle, islice, chain, accumulate, product, zip_longest, pairwise.
def count(start=0, step=1):
    while True:
        yield start
        start += step

def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        yield from saved

def islice(iterable, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    if stop <= start:
        return
    for i, item in enumerate(iterable):
        if i >= start and (i - start) % step == 0:
            yield item
        if i + 1 >= stop:
            return

def chain(*iterables):
    for it in iterables:
        yield from it

def accumulate(iterable, func=lambda a, b: a + b, initial=None):
    it = iter(iterable)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [[]]
    for pool in pools:
        result = [r + [x] for r in result for x in pool]
    for r in result:
        yield tuple(r)

def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    while True:
        row, active = [], 0
        for it in iterators:
            try:
                row.append(next(it))
                active += 1
            except StopIteration:
                row.append(fillvalue)
        if not active:
            return
        yield tuple(row)

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item

print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(islice(range(20), 2, 12, 3)))
print(list(chain("ab", [1], (2, 3))), list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate([])))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(zip_longest("abc", [1], fillvalue="-")), list(pairwise([1, 4, 9, 16])))
triangular = accumulate(count(1))
print(list(islice(triangular, 8)), list(islice((b - a for a, b in pairwise(accumulate(count(1)))), 5)))
print(list(islice("abcdef", 0)), list(islice("abcdef", 10)), list(islice(cycle([1, 2, 3]), 1, 8, 2)))
