# On the real clock: a producer and two consumers share a queue; the
# consumers work for a few milliseconds per item.
import asyncio


async def producer(q):
    for i in range(6):
        await q.put(i)
    for _ in range(2):
        await q.put(None)


async def consumer(name, q, seen):
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.005)
        seen.append(item)
    print(name, "done")


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    await asyncio.gather(producer(q), consumer("a", q, seen), consumer("b", q, seen))
    print(sorted(seen))


asyncio.run(main())
