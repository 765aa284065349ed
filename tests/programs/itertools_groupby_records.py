# Grouping sorted records with itertools.groupby.
from itertools import groupby
from operator import itemgetter

sales = [
    {"region": "north", "rep": "ann", "amount": 120},
    {"region": "south", "rep": "bob", "amount": 80},
    {"region": "north", "rep": "cat", "amount": 45},
    {"region": "east", "rep": "dan", "amount": 300},
    {"region": "south", "rep": "eve", "amount": 150},
]

sales.sort(key=itemgetter("region"))
for region, rows in groupby(sales, key=itemgetter("region")):
    rows = list(rows)
    total = sum(r["amount"] for r in rows)
    print(f"{region:6} {len(rows)} reps, total {total}")

# Run-length encoding.
def rle(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]

print(rle("aaabccddddde"))
print("".join(f"{n}{c}" for c, n in rle("WWWWBBBWW")))

# Consecutive runs of numbers.
nums = [1, 2, 3, 7, 8, 10, 11, 12, 13]
for _, grp in groupby(enumerate(nums), key=lambda t: t[1] - t[0]):
    run = [n for _, n in grp]
    print(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}")

# Keys by a computed property.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print({k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])})
print([(k, list(g)) for k, g in groupby(words, key=len)])
print([k for k, _ in groupby([1, 1, 2, 2, 1])])

# A group is invalidated when the groupby moves on.
it = groupby("aaabbc")
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])), type(g1).__name__, type(it).__name__)
it = groupby("xxy")
k, g = next(it)
print(next(g), [key for key, _ in it], list(g))
try:
    groupby()
except TypeError as exc:
    print("TypeError:", exc)
