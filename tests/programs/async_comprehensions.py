# Async comprehensions: async for in list/set/dict/generator comprehensions, with conditions.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x async for x in numbers(5)])
    print([x * x async for x in numbers(10) if x % 3 == 0])
    print({x % 3 async for x in numbers(10)})
    print({x: str(x) async for x in numbers(3)})
    gen = (x + 100 async for x in numbers(3))
    print(type(gen).__name__)
    print([y async for y in gen])
    pairs = [(x, y) async for x in numbers(3) for y in range(x)]
    print(pairs)
    nested = [[c async for c in numbers(r)] async for r in numbers(4)]
    print(nested)
    print(sum([x async for x in numbers(101)]))

asyncio.run(main())
