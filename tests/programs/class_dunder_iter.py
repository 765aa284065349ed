# The iterator protocol: __iter__ and __next__, StopIteration, iter() and next().
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
try:
    next(c)
except StopIteration:
    print("StopIteration raised")

class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

grid = Range2D(2, 3)
print(list(grid))
print(list(grid) == list(grid))

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)

class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

fib = Fib(100)
print(list(fib), sum(fib), max(fib))
for x, y in zip(fib, Countdown(3)):
    print(x, y)

it = iter([10, 20, 30])
print(next(it), list(it), list(it))
calls = iter(lambda: "x", "x")
print(list(calls))
state = [0]
def counter():
    state[0] += 1
    return state[0]
print(list(iter(counter, 4)))
