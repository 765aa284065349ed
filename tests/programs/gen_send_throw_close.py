# Generator methods: send() for coroutines, throw() to inject errors, close() and GeneratorExit.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))
for v in [10, 20, 60]:
    print("avg", avg.send(v))

def resilient():
    while True:
        try:
            x = yield "ready"
            print("  received", x)
        except ValueError as e:
            print("  handled thrown", repr(e))
            yield "recovered"

r = resilient()
print(next(r))
print(r.send(1))
print(r.throw(ValueError("bad input")))
print(next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(r)
except StopIteration:
    print("generator is finished after an unhandled throw")

def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit caught, cleaning up")
        raise
    finally:
        print("  finally in generator")

c = with_cleanup()
print(next(c))
c.close()
c.close()
print("closed twice fine")

def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"

bad = refuses()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = running_average()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

