# Binary search: iterative, recursive, leftmost insertion point, and search on an answer space.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def search_rec(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, hi)
    return search_rec(items, target, lo, mid)

def bisect_left(items, x):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
for t in [2, 23, 47, 4, 50]:
    print(t, binary_search(primes, t), search_rec(primes, t), bisect_left(primes, t))
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 101]])
dups = [1, 2, 2, 2, 3, 5]
print(bisect_left(dups, 2), bisect_left(dups, 4), bisect_left(dups, 0), bisect_left(dups, 9))
