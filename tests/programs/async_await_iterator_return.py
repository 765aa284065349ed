# `yield from` an iterator that is not a generator (a coroutine's
# __await__() wrapper, a class with __next__) takes the value its
# StopIteration carries.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return None


class Awaits:
    def __init__(self, aw):
        self.aw = aw

    def __await__(self):
        return (yield from self.aw.__await__())


class Spins:
    def __await__(self):
        return (yield from Countdown(3))


async def value_later(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await Awaits(ev.wait()))
    print(await Awaits(value_later("later")))
    print(await Awaits(asyncio.sleep(0.1, "slept")))
    print(await Spins())

    def gen():
        return (yield from Countdown(2))

    g = gen()
    print(next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("returned", e.value)


asyncio.run(main())
