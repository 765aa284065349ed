# Async comprehensions with await in element, condition and iterable; nested and mixed sync/async loops.
import asyncio

async def agen(n, step=1):
    for i in range(0, n, step):
        await asyncio.sleep(0.001)
        yield i

async def double(x):
    await asyncio.sleep(0.001)
    return x * 2

async def is_odd(x):
    await asyncio.sleep(0)
    return x % 2 == 1

async def get_list():
    await asyncio.sleep(0)
    return [3, 1, 2]

async def main():
    print([await double(x) async for x in agen(4)])
    print([await double(x) for x in range(3)])
    print([x async for x in agen(10) if await is_odd(x)])
    print({await double(x) % 3 for x in await get_list()})
    print({x: await double(x) async for x in agen(3)})
    print({k: v for k, v in [(await double(1), "two"), (3, "three")]})
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    print([(x, y) async for x in agen(3) async for y in agen(x)])
    print([[await double(y) for y in range(x)] async for x in agen(3)])
    print(sorted({x async for x in agen(20, 5)}))
    # comprehension variable does not leak
    x = "outer"
    _ = [x async for x in agen(2)]
    print(x)
    # generator expression consumed lazily
    log = []
    async def noisy(n):
        log.append(f"produce {n}")
        return n
    ge = (await noisy(i) for i in range(3))
    log.append("created")
    async for v in ge:
        log.append(f"consume {v}")
    print(log)

asyncio.run(main())
