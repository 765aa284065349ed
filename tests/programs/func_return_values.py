# return: bare return, multiple values, early returns, return in loops and finally.
def nothing():
    return

def implicit():
    x = 1

def pair(a, b):
    return a + b, a - b

def sign(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    return 1

def first_even(items):
    for item in items:
        if item % 2 == 0:
            return item
    return None

def nested_return():
    def inner():
        return "inner value"
    return inner() + "!"

print(nothing(), implicit())
s, d = pair(10, 3)
print(s, d, pair(1, 1))
print([sign(n) for n in (-5, 0, 5)])
print(first_even([1, 3, 8, 5, 10]), first_even([1, 3]))
print(nested_return())

def chained(n):
    return n if n > 10 else chained(n * 2)

print(chained(1), chained(11))

def returns_lambda(k):
    return lambda x: x * k

triple = returns_lambda(3)
print(triple(7), returns_lambda("ab")(2))

def returns_tuple_star(*args):
    return *args, "end"

print(returns_tuple_star(1, 2))
