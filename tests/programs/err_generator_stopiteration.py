# StopIteration leaking out of a generator becomes RuntimeError (PEP 479), uncaught.
def safe_pairs(items):
    it = iter(items)
    for first in it:
        second = next(it, None)
        yield first, second

def leaky_pairs(items):
    it = iter(items)
    while True:
        first = next(it)   # raises StopIteration inside the generator when exhausted
        second = next(it)
        yield first, second

print(list(safe_pairs([1, 2, 3, 4])))
print(list(safe_pairs([1, 2, 3])))
g = safe_pairs("ab")
print(next(g), next(g, "exhausted"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration outside a generator is an ordinary exception")
for p in leaky_pairs([1, 2, 3, 4]):
    print(p)
print("not reached")
