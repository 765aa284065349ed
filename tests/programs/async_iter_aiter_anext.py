# Builtins aiter()/anext(): custom async iterators, defaults, errors for non-async-iterables.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("  __aiter__ called")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def gen():
    yield "only"

async def main():
    it = aiter(Ticker(2))
    print(await anext(it))
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(it, "default"))
    print(await anext(it, None))

    g = gen()
    print(await anext(g, "d1"), await anext(g, "d2"), await anext(g, "d3"))

    aw = anext(gen(), 0)
    print("anext returns awaitable:", hasattr(aw, "__await__"))
    print(await aw)

    for bad in [[1, 2], 5, "s"]:
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter TypeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("anext TypeError:", e)

    # class with __aiter__ returning a separate iterator
    class Coll:
        def __init__(self, items):
            self.items = items
        def __aiter__(self):
            return CollIter(self.items)
    class CollIter:
        def __init__(self, items):
            self.items = list(items)
        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)
    c = Coll("abc")
    print([x async for x in c], [x async for x in c])
    i = aiter(c)
    print(type(i).__name__, await anext(i))

    # __anext__ returning a non-awaitable
    class Broken:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 42
    try:
        async for _ in Broken():
            pass
    except TypeError as e:
        print("TypeError:", e)

    # async for over a sync iterable
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
