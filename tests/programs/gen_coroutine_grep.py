# Generator-based coroutines: a push pipeline with send(), throw() for resets and close() for flushing.
def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)           # advance to the first yield
        return gen
    return start

@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<flushed>")

@coroutine
def grep(pattern, target):
    matched = 0
    while True:
        try:
            line = yield matched
        except KeyError:
            matched = 0      # reset requested from outside
            continue
        if pattern in line:
            matched += 1
            target.send(line.upper())

@coroutine
def counter():
    total = 0
    while True:
        value = yield total
        total += value if value is not None else 0

results = []
sink = collector(results)
g = grep("err", sink)
lines = ["ok start", "error: disk", "ok", "stderr noise", "fine"]
counts = [g.send(line) for line in lines]
print(counts, results)
print("after reset:", g.throw(KeyError), g.send("another error"))
sink.close()
print(results)
try:
    sink.send("late")
except StopIteration:
    print("a closed coroutine raises StopIteration on send")
c = counter()
print([c.send(v) for v in (5, None, 10)], c.send(0))
c.close()
g.close()
print("closed:", [next(gen, "finished") for gen in (c, g, sink)])
