# Default values, keyword arguments, *args, **kwargs and their ordering.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))

def collect(first, *args, sep="-", **kwargs):
    parts = [str(first)] + [str(a) for a in args]
    extra = ",".join(f"{k}={v}" for k, v in kwargs.items())
    return sep.join(parts) + (" [" + extra + "]" if extra else "")

print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, sep="+", color="red", size=3))
print(collect(*range(4), **{"sep": "/", "z": 26}))

# Defaults are evaluated once, at definition time
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2))
print(append_to(3, []))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))
counter = 10
def uses_default(x=counter):
    return x
counter = 20
print(uses_default(), greet.__defaults__, collect.__kwdefaults__)

def kw(**options):
    return sorted(options.items())

print(kw(b=2, a=1, c=3))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("x", name="y")
except TypeError as e:
    print("TypeError:", e)
