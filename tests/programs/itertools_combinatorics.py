# Combinatorics with itertools: product, permutations, combinations.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product("01", repeat=3)))
print(len(list(product(range(3), repeat=4))), list(product()), list(product("ab", [])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("", 0)))

# Dice: ways to roll each total with two dice.
totals = {}
for a, b in product(range(1, 7), repeat=2):
    totals[a + b] = totals.get(a + b, 0) + 1
print(totals)

# Subsets summing to a target.
coins = [1, 2, 5, 10, 20]
for r in range(1, len(coins) + 1):
    for combo in combinations(coins, r):
        if sum(combo) == 17:
            print(combo)

# Anagrams and a brute-force route search.
print(sorted({"".join(p) for p in permutations("tea")}))
dist = {("A", "B"): 5, ("A", "C"): 9, ("A", "D"): 4, ("B", "C"): 3, ("B", "D"): 6, ("C", "D"): 2}
def d(x, y):
    return dist.get((x, y)) or dist[(y, x)]
best = min(permutations("BCD"), key=lambda route: d("A", route[0]) + d(route[0], route[1]) + d(route[1], route[2]))
print(best)

# Grid coordinates and password candidates.
print([f"{r}{c}" for r, c in product("AB", range(1, 4))])
print(sum(1 for _ in product("abc", repeat=3)))
print(type(product()).__name__, type(combinations("a", 1)).__name__)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt("no r", lambda: combinations("ab"))
attempt("negative r", lambda: combinations("ab", -1))
attempt("perm r", lambda: permutations("ab", -2))
attempt("perm type", lambda: permutations("ab", "x"))
attempt("repeat", lambda: product("ab", repeat=-1))
attempt("kw", lambda: product("ab", times=2))
attempt("iterable", lambda: list(product(1)))
