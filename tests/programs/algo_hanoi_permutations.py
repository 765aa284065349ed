# Recursion: towers of Hanoi, permutations, combinations and power set.
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n > 0:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

for disk, a, b in hanoi(3):
    print(f"move disk {disk} from {a} to {b}")
print("moves for 10 disks:", len(hanoi(10)))

def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations("abc")])

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 3)))

def power_set(items):
    if not items:
        yield []
        return
    for subset in power_set(items[1:]):
        yield subset
        yield [items[0]] + subset

print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
