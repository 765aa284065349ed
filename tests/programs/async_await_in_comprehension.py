# await inside ordinary comprehensions within async functions, and awaiting task lists.
import asyncio

async def double(x):
    await asyncio.sleep(0.01 * (3 - x % 3))
    return x * 2

async def is_valid(x):
    await asyncio.sleep(0)
    return x % 2 == 1

async def main():
    print([await double(x) for x in range(5)])
    print({x: await double(x) for x in range(3)})
    print([x for x in range(10) if await is_valid(x)])
    print(sorted({await double(x) % 4 for x in range(6)}))
    tasks = [asyncio.create_task(double(x)) for x in range(6)]
    print([await t for t in tasks])
    coros = [double(x) for x in range(3)]
    print(await asyncio.gather(*coros))
    print([(await double(x), await double(x + 1)) for x in range(2)])
    print(sum([await double(n) for n in range(4)]))

asyncio.run(main())
