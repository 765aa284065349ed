# Recursion with memoisation: a dict cache decorator, mutual recursion, Ackermann, and deep recursion.
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memo
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)

print(fib(100), len(fib.cache))
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(301))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))

def depth_sum(values):
    if not values:
        return 0
    return values[0] + depth_sum(values[1:])

print(depth_sum(list(range(400))))

def hofstadter_q(n, cache={1: 1, 2: 1}):
    if n not in cache:
        cache[n] = hofstadter_q(n - hofstadter_q(n - 1)) + hofstadter_q(n - hofstadter_q(n - 2))
    return cache[n]
print([hofstadter_q(n) for n in range(1, 20)])

def flatten(tree):
    return [x for sub in tree for x in flatten(sub)] if isinstance(tree, list) else [tree]
print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))
