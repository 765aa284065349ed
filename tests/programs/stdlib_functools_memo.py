# Memoising recursive functions with lru_cache and cache; cache statistics.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(20)])
print(fib(90))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(x, "->", square(x))
print(square.cache_info())
print(square.__name__, square.__wrapped__(7))


@functools.cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print("ways to make 100:", ways(100))
print(ways.cache_info().hits > 0, ways.cache_info().misses)


@functools.lru_cache(maxsize=8, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"


print(describe(1), describe(1.0), describe(True), describe.cache_info())


@functools.lru_cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
print(edit_distance.cache_info().currsize > 0)
