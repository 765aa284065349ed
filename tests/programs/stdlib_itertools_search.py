# Brute-force search with product, permutations, combinations; infinite iterators.
import itertools

print("dice pairs summing to 7:", [p for p in itertools.product(range(1, 7), repeat=2) if sum(p) == 7])
print("bits:", ["".join(b) for b in itertools.product("01", repeat=3)])
print(list(itertools.product("ab", [1, 2], (True,))))
items = {"tent": 5, "stove": 3, "rope": 2, "lamp": 4, "food": 6}
best = None
for r in range(1, len(items) + 1):
    for combo in itertools.combinations(items, r):
        w = sum(items[i] for i in combo)
        if w <= 10 and (best is None or (len(combo), -w) > (len(best[0]), -best[1])):
            best = (combo, w)
print("pack:", best)
print(list(itertools.combinations([1, 2, 3, 4], 2)))
print(list(itertools.combinations_with_replacement("xyz", 2)))
print(len(list(itertools.permutations(range(5)))), list(itertools.permutations("abc", 2)))
# SEND + MORE = MONEY would be slow; a small cryptarithm: AB + BA = CC
for a, b, c in itertools.permutations(range(10), 3):
    if a and b and (10 * a + b) + (10 * b + a) == 11 * c:
        print(f"{a}{b} + {b}{a} = {c}{c}")
counter = itertools.count(start=10, step=5)
print([next(counter) for _ in range(5)], counter)
print(list(zip(itertools.count(), "abc")), list(zip(itertools.count(1.5, 0.5), range(3))))
colors = itertools.cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(itertools.repeat("x", 4)), itertools.repeat(0, 3), list(map(pow, range(5), itertools.repeat(2))))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(repr(itertools.count(3)), repr(itertools.count(0, 2)), repr(itertools.count(1.0)))
print(type(itertools.chain()), type(itertools.product()).__name__, itertools.groupby.__module__)
