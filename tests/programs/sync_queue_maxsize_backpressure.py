# Queue(maxsize) back-pressure: put() blocks when full; blocked putters resume FIFO as get() frees slots.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), str(q))
    log = []

    async def producer(name, items):
        for it in items:
            log.append(f"{loop.time():.2f} {name} putting {it} (qsize={q.qsize()}, full={q.full()})")
            await q.put(f"{name}{it}")
            log.append(f"{loop.time():.2f} {name} put {it}")

    async def slow_consumer(n):
        got = []
        for _ in range(n):
            await asyncio.sleep(0.5)
            got.append(await q.get())
            log.append(f"{loop.time():.2f} consumer got {got[-1]} (qsize={q.qsize()})")
        return got

    p1 = asyncio.create_task(producer("a", range(3)))
    p2 = asyncio.create_task(producer("b", range(2)))
    await asyncio.sleep(0)
    print("blocked:", str(q))
    got = await slow_consumer(5)
    await asyncio.gather(p1, p2)
    for line in log:
        print(line)
    print("consumed:", got)
    print("end:", str(q), q.empty())

    # maxsize <= 0 means unbounded
    for m in (0, -1):
        u = asyncio.Queue(m)
        for i in range(100):
            u.put_nowait(i)
        print(f"maxsize={m}: qsize={u.qsize()} full={u.full()}")

    # full() is qsize >= maxsize
    q1 = asyncio.Queue(1)
    q1.put_nowait("x")
    print("q1 full:", q1.full(), str(q1))


asyncio.run(main())
