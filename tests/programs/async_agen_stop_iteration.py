# StopAsyncIteration rules: return in async generators, raising StopAsyncIteration/StopIteration inside one.
import asyncio

async def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("  countdown returning")
    return

async def raises_sai():
    yield 1
    raise StopAsyncIteration

async def raises_si():
    yield 1
    raise StopIteration("inside")

async def main():
    print([x async for x in countdown(3)])
    g = countdown(1)
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))

    g = raises_sai()
    print(await anext(g))
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

    g = raises_si()
    print(await anext(g))
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    # manual iteration loop
    it = countdown(2).__aiter__()
    while True:
        try:
            v = await it.__anext__()
        except StopAsyncIteration:
            print("loop end")
            break
        print("value", v)

    # __aiter__ returns self
    g = countdown(1)
    print(g.__aiter__() is g)

    # async for with else
    async for v in countdown(2):
        print("for", v)
    else:
        print("else ran")
    async for v in countdown(5):
        if v == 3:
            break
        print("for", v)
    else:
        print("else not printed")

asyncio.run(main())
