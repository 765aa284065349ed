# functools.partial and functools.reduce.
from functools import partial, reduce
import operator

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(base=3), cube(2, exponent=4))
print(square.func is power, square.args, square.keywords)

parse_bin = partial(int, base=2)
print(parse_bin("1011"), list(map(parse_bin, ["1", "10", "11"])))
print(partial(max, 1)(5, 3), partial(max, 1, key=abs))
print(partial(max, 1, 2), partial(min))

# Nested partials are flattened.
p = partial(operator.add, 1)
q = partial(p)
print(q.func is operator.add, q.args, q(41))
r = partial(partial(print, "a", sep="-"), "b", sep="+")
r("c")
print(r.args, r.keywords)

# As keys and callbacks.
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=partial(str.lower)))
adders = [partial(operator.add, n) for n in range(3)]
print([f(10) for f in adders])

class Button:
    def __init__(self, label, on_click):
        self.label, self.on_click = label, on_click

def clicked(name, times=1):
    return f"{name} x{times}"

buttons = [Button(n, partial(clicked, n, times=i)) for i, n in enumerate(["ok", "cancel"], 1)]
print([b.on_click() for b in buttons], callable(buttons[0].on_click))

class Tagged(partial):
    pass

t = Tagged(operator.mul, 3)
print(t(4), t, isinstance(t, partial), type(partial(t)).__name__)

# reduce.
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(operator.add, [], "empty"))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.or_, [{1}, {2}, {3, 1}]), reduce(operator.add, ["x"]))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt("empty", lambda: reduce(operator.add, []))
attempt("args", lambda: reduce(operator.add))
attempt("iter", lambda: reduce(operator.add, 5))
attempt("kw", lambda: reduce(function=operator.add, iterable=[1]))
attempt("partial none", lambda: partial())
attempt("partial call", lambda: partial(5))
attempt("call error", lambda: square(1, base=2))
print(type(square).__name__, partial.__module__, reduce.__name__)
