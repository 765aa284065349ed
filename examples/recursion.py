# recursion.py -- classic recursive algorithms.
#
# Shows: recursive functions, base cases, default arguments, building
# results on the way back up, and recursive generators with `yield from`.


def hanoi(n, source="A", target="C", spare="B"):
    """Yield the moves that carry n disks from source to target."""
    if n == 0:
        return
    yield from hanoi(n - 1, source, spare, target)
    yield n, source, target
    yield from hanoi(n - 1, spare, target, source)


for disk, a, b in hanoi(3):
    print(f"move disk {disk}: {a} -> {b}")
print("31 disks need", 2 ** 31 - 1, "moves;", "5 disks need", sum(1 for _ in hanoi(5)))


def permutations(items):
    """All orderings of a list, as a list of lists."""
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            result.append([items[i]] + perm)
    return result


print(["".join(p) for p in permutations(list("abc"))])


def flatten(nested):
    """Flatten arbitrarily nested lists."""
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def power(base, exp):
    """Fast exponentiation by squaring."""
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1)


print(gcd(1071, 462), power(3, 40), power(2, 100) == 2 ** 100)


def count_paths(rows, cols, memo=None):
    """Lattice paths in a grid, memoised in a dict shared by the recursion."""
    if memo is None:
        memo = {}
    if rows == 0 or cols == 0:
        return 1
    if (rows, cols) not in memo:
        memo[rows, cols] = count_paths(rows - 1, cols, memo) + count_paths(rows, cols - 1, memo)
    return memo[rows, cols]


print("paths through a 20x20 grid:", count_paths(20, 20))
