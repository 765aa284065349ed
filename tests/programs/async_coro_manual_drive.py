# Coroutines driven by hand with send/throw/close through awaits of
# coroutines, sleep(0), __await__ generators and plain iterators; a
# coroutine awaited again after its task finished.
# Driving coroutines by hand: send/throw/close through awaits of
# coroutines, sleep(0), custom awaitables and generator-based iterators.
import asyncio


class Awaitable:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield f"first {self.n}"
        got2 = yield f"second {got}"
        return (self.n, got, got2)


class IterAwait:
    def __await__(self):
        return iter(["a", "b"])


async def inner():
    r = await Awaitable(1)
    await asyncio.sleep(0)
    return r


async def outer():
    try:
        x = await inner()
        y = await IterAwait()
        return x, y
    finally:
        print("outer finally")


c = outer()
print(c.send(None))
print(c.send("s1"))
print(c.send("s2"))
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

c2 = outer()
c2.send(None)
try:
    c2.throw(ValueError("boom"))
except ValueError as e:
    print("thrown through:", e)

c3 = outer()
c3.send(None)
c3.close()
print("closed")

c4 = inner()
try:
    c4.send("not none")
except TypeError as e:
    print(e)
c4.close()


async def awaits_twice():
    co = inner()
    t = asyncio.ensure_future(co)
    await t
    try:
        await co
    except RuntimeError as e:
        print(e)
    return t.result()

print(asyncio.run(awaits_twice()))
