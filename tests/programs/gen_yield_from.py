# yield from: delegation, return values, and send/throw passing through to the subgenerator.
def inner():
    received = yield "inner-1"
    print("  inner got", received)
    received = yield "inner-2"
    print("  inner got", received)
    return "inner result"

def outer():
    result = yield from inner()
    print("  outer got result:", result)
    yield "outer-after"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def tree(depth, label="root"):
    yield "  " * (3 - depth) + label
    if depth > 1:
        for i in range(2):
            yield from tree(depth - 1, f"{label}.{i}")

for line in tree(3):
    print(line)

def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield f"caught {e!r} inside"

def delegator():
    yield from catcher()
    yield "delegator continues"

d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), {"k": "v"})))

def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def gather_totals(out):
    while True:
        total = yield from accumulate()
        out.append(total)

totals = []
acc = gather_totals(totals)
next(acc)
for v in [1, 2, 3, None, 10, 20, None]:
    acc.send(v)
print(totals)
