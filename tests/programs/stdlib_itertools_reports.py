# Reporting over sales records with groupby, accumulate, chain, islice, zip_longest.
import itertools
import operator

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "west", 40), ("2024-03", "north", 150),
    ("2024-03", "west", 60),
]
for month, rows in itertools.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=lambda r: r[1])
for region, rows in itertools.groupby(by_region, key=lambda r: r[1]):
    print(region, [r[2] for r in rows])
amounts = [r[2] for r in sales]
print("running total:", list(itertools.accumulate(amounts)))
print("running max:", list(itertools.accumulate(amounts, max)))
print("with initial:", list(itertools.accumulate(amounts, operator.add, initial=1000)))
print("first three:", list(itertools.islice(sales, 3)))
print("every other:", list(itertools.islice(amounts, 0, None, 2)))
print("slice 2..5:", list(itertools.islice(amounts, 2, 5)))
q1 = ["jan", "feb", "mar"]
q2 = ["apr", "may"]
print(list(itertools.chain(q1, q2)), list(itertools.chain.from_iterable([q1, q2, ["jun"]])))
for a, b in itertools.zip_longest(q1, q2, fillvalue="-"):
    print(f"{a:>4} {b:>4}")
print(list(itertools.pairwise(amounts)))
print([b - a for a, b in itertools.pairwise(amounts)])
print(list(itertools.compress("ABCDEFG", [1, 0, 1, 0, 1, 1, 0])))
print(list(itertools.takewhile(lambda x: x < 130, amounts)), list(itertools.dropwhile(lambda x: x < 130, amounts)))
print(list(itertools.filterfalse(lambda r: r[2] > 90, sales)))
print(list(itertools.starmap(lambda m, r, a: f"{r}@{m}={a}", sales[:3])))
left, right = itertools.tee(amounts, 2)
print(sum(left), max(right))
keys = [k for k, _ in itertools.groupby("aaabbbccaaa")]
print(keys, [(k, len(list(g))) for k, g in itertools.groupby("aaabbbccaaa")])
