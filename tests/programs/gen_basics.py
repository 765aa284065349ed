# Generators: lazy evaluation, state between yields, return value in StopIteration.
def count_up(limit):
    print("  generator started")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("  generator finished")
    return "done"

g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(count_up(4)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(10)])

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

print(list(take(5, fib())))

def evens_then_odds(n):
    yield from range(0, n, 2)
    yield from range(1, n, 2)

print(list(evens_then_odds(7)))

def empty():
    return
    yield

print(list(empty()), sum(x * x for x in range(5)))

def lines():
    yield "a"
    yield "b"
x = lines()
print(next(x), list(x), list(x))
print(iter(x) is x)
def yield_expr_value():
    received = yield
    print("  got", received)
    yield received * 2
y = yield_expr_value()
print(next(y), y.send(21))
