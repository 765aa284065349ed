# Every deque method, its operators and its errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.insert(2, 99)
d.remove(99)
print(d, d.count(2), d.index(3), d.index(3, 1, 6))
d[1] = "one"
del d[0]
print(d)
d.reverse()
print(d)
e = d.copy()
e.clear()
print(d, e, bool(d), bool(e))

# Operators.
a = deque([1, 2])
b = deque([3])
print(a + b, a * 2, 2 * a, a == deque([1, 2]), a != b, a < b, a <= a, deque([2]) > a)
print(a == [1, 2])
a += [7, 8]
print(a)
a *= 2
print(a)
bounded = deque([1, 2, 3], maxlen=3)
print(bounded + deque([4, 5]), bounded * 2)
bounded.extend(bounded)
print(bounded)
print(repr(deque()), str(deque(["x"])), deque(range(3), 5))
r = deque()
r.append(r)
print(r)
print(list(reversed(deque("abc"))), [x * 2 for x in deque([1, 2])])

# Errors, with CPython's words.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

empty = deque()
attempt("pop", empty.pop)
attempt("popleft", empty.popleft)
attempt("index", lambda: deque([1])[5])
attempt("neg index", lambda: deque([1])[-2])
attempt("str index", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1])[0:1])
attempt("not in", lambda: deque([1, 2]).index(3))
attempt("remove", lambda: deque([1, 2]).remove(3))
attempt("full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("concat", lambda: deque([1]) + [2])
attempt("repeat", lambda: deque([1]) * "a")
attempt("maxlen", lambda: deque([], -1))
attempt("maxlen type", lambda: deque([], "a"))
attempt("iterable", lambda: deque(5))
attempt("too many", lambda: deque([], 1, 2))
attempt("rotate", lambda: deque([1]).rotate("x"))
attempt("append", lambda: deque().append())

def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)

attempt("mutate", mutate)

def mutate_left():
    q = deque([1, 2, 3])
    for x in q:
        if x == 2:
            q.popleft()

attempt("mutate left", mutate_left)

# Subclasses keep their name and type.
class History(deque):
    def last(self):
        return self[-1]

h = History([1, 2, 3], maxlen=5)
h.append(4)
print(h, h.last(), h.maxlen, isinstance(h, deque), type(h.copy()).__name__)
print(History("ab") + History("c"))
print(deque.__name__, deque.__module__, type(iter(deque())).__name__)
