# Generator expressions: lazy, single-use, as sole call arguments, and scoping of the first iterable.
gen = (x * 2 for x in range(5))
print(type(gen).__name__)
print(list(gen), list(gen))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(", ".join(str(n) for n in range(5)))
print(sorted((c for c in "generator"), reverse=True))
print(tuple(x for x in "abc"), set(x % 3 for x in range(10)) == {0, 1, 2})
print(any(n > 3 for n in [1, 2, 5]), all(n > 0 for n in [1, -1]))

log = []
def source():
    for i in range(3):
        log.append(f"produce {i}")
        yield i

lazy = (v * 10 for v in source())
log.append("created")
first = next(lazy)
log.append(f"got {first}")
print(log)

# The first iterable is evaluated immediately, the rest lazily
def boom():
    raise RuntimeError("evaluated eagerly")
try:
    (x for x in boom())
except RuntimeError as e:
    print("RuntimeError:", e)
lazy_inner = ((x, y) for x in range(2) for y in boom())
print("inner iterable not yet evaluated")
try:
    next(lazy_inner)
except RuntimeError as e:
    print("now:", e)

nested = ((i, j) for i in range(3) for j in range(i) if j != 1)
print(list(nested))
pairs = list(zip((c for c in "xyz"), (n for n in range(10))))
print(pairs)
total = sum(
    value
    for key, value in {"a": 1, "b": 2, "c": 3}.items()
    if key != "b"
)
print(total)
