# Producer/consumer app: several producers and consumers share an asyncio.Queue; join() and task_done().
import asyncio

async def producer(name, q, items, delay):
    for i in range(items):
        await asyncio.sleep(delay)
        item = f"{name}-{i}"
        await q.put(item)
        print(f"{name} put {item} (qsize={q.qsize()})")
    print(f"{name} finished")

async def consumer(name, q, handled):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.025)
            handled.append((name, item))
            print(f"    {name} handled {item}")
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    handled = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, handled)) for i in range(2)]
    producers = [
        asyncio.create_task(producer("p", q, 4, 0.01)),
        asyncio.create_task(producer("r", q, 3, 0.015)),
    ]
    await asyncio.gather(*producers)
    print("producers done; waiting for join")
    await q.join()
    print("queue drained; handled", len(handled), "items")
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    per = {}
    for name, item in handled:
        per.setdefault(name, []).append(item)
    for name in sorted(per):
        print(name, per[name])
    print("empty:", q.empty(), "full:", q.full())

    # task_done called too many times
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # get_nowait / put_nowait
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(small.get_nowait())
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

asyncio.run(main())
