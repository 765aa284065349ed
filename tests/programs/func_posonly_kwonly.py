# Positional-only (/) and keyword-only (*) parameters.
def divide(a, b, /, *, round_to=None):
    result = a / b
    if round_to is not None:
        result = round(result, round_to)
    return result

print(divide(10, 4))
print(divide(10, 3, round_to=2))
try:
    divide(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    divide(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

def mixed(pos_only, /, standard, *, kw_only):
    return (pos_only, standard, kw_only)

print(mixed(1, 2, kw_only=3))
print(mixed(1, standard=2, kw_only=3))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)

# a positional-only name can also appear in **kwargs
def f(name, /, **kwargs):
    return name, kwargs

print(f("positional", name="keyword"))

def g(a, b=2, /, c=3, *, d, e=5, **rest):
    return a, b, c, d, e, rest

print(g(1, d=4))
print(g(1, 20, 30, d=40, e=50, z=0))

def only_kw(*, x, y=0):
    return x - y

print(only_kw(x=5), only_kw(y=2, x=5))

def star_then_kw(*args, last):
    return args, last

print(star_then_kw(1, 2, 3, last="end"))
