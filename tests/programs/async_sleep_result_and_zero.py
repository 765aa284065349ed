# asyncio.sleep(delay, result) returns result; sleep(0) and negative delays yield once; loop time advances exactly.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(0.1, "payload"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-5, "negative"))
    print(await asyncio.sleep(0))
    print("elapsed", round(loop.time() - t0, 6))
    order = []
    async def a():
        order.append("a1")
        await asyncio.sleep(-1)
        order.append("a2")
    async def b():
        order.append("b1")
        await asyncio.sleep(0)
        order.append("b2")
    await asyncio.gather(a(), b())
    print(order)
    vals = await asyncio.gather(*(asyncio.sleep(0.01 * i, i * i) for i in range(5)))
    print(vals, "elapsed", round(loop.time() - t0, 6))

asyncio.run(main())
