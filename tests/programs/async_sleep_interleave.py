# Interleaving of tasks that sleep for different times; ties (exact binary fractions) resolve in scheduling order.
import asyncio

async def ticker(name, interval, count, log):
    for i in range(count):
        await asyncio.sleep(interval)
        log.append(f"{name}{i}")

async def main():
    log = []
    await asyncio.gather(
        ticker("a", 0.125, 4, log),
        ticker("b", 0.25, 3, log),
        ticker("c", 0.375, 2, log),
    )
    print(" ".join(log))

    log.clear()
    await asyncio.gather(*(ticker(n, 0.1, 2, log) for n in "xyz"))
    print(" ".join(log))

    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1.5)
    print("elapsed about", round(loop.time() - start, 1))
    value = await asyncio.sleep(0.01, result="sleep result")
    print(value)

asyncio.run(main())
