# Several tasks whose timeouts expire at the same instant report in scheduling order; sleeps ending then interleave FIFO.
import asyncio

async def guarded(tag, limit, work):
    try:
        async with asyncio.timeout(limit):
            await asyncio.sleep(work)
            print(tag, "completed")
    except TimeoutError:
        print(tag, "timed out")

async def waitfor(tag, limit, work):
    try:
        await asyncio.wait_for(asyncio.sleep(work), limit)
        print(tag, "wait_for completed")
    except TimeoutError:
        print(tag, "wait_for timed out")

async def plain(tag, d):
    await asyncio.sleep(d)
    print(tag, "slept")

async def main():
    await asyncio.gather(
        guarded("g1", 0.5, 1),
        plain("p1", 0.5),
        guarded("g2", 0.5, 1),
        guarded("g3", 1, 0.5),
        waitfor("w1", 0.5, 1),
        plain("p2", 0.5),
    )
    print("round two")
    await asyncio.gather(
        guarded("h1", 0.25, 0.25),
        waitfor("x1", 0.25, 0.25),
        plain("q1", 0.25),
    )

asyncio.run(main())
