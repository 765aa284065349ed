# Async generators: async for, yielding between awaits, early break, and aclose.
import asyncio

async def countdown(n, delay=0.01):
    try:
        while n > 0:
            await asyncio.sleep(delay)
            yield n
            n -= 1
    finally:
        print(f"  countdown cleanup at n={n}")

async def squares(source):
    async for value in source:
        yield value * value

async def main():
    async for n in countdown(3):
        print("tick", n)
    print([v async for v in squares(countdown(4))])
    ten = countdown(10)
    async for n in ten:
        if n == 8:
            print("breaking at", n)
            break
    await ten.aclose()
    print("closed explicitly")
    gen = countdown(2)
    print(await gen.__anext__())
    print(await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    gen2 = countdown(5)
    print(await anext(gen2))
    await gen2.aclose()
    print(await anext(gen2, "default after close"))
    print(type(countdown(1)).__name__)

asyncio.run(main())
