# asyncio.Queue: producers and consumers, task_done/join, maxsize back-pressure, sentinel shutdown.
import asyncio

async def producer(name, queue, items):
    for item in items:
        await queue.put(f"{name}:{item}")
        print(f"{name} put {item} (size {queue.qsize()})")
        await asyncio.sleep(0.015625)

async def consumer(name, queue, seen):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(f"{name} stopping")
            return
        await asyncio.sleep(0.0390625)
        seen.append((name, item))
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, seen)) for i in range(2)]
    await asyncio.gather(producer("p1", queue, range(3)), producer("p2", queue, "ab"))
    await queue.join()
    print("all items processed:", len(seen))
    for _ in consumers:
        await queue.put(None)
    await asyncio.gather(*consumers)
    for entry in seen:
        print(entry)
    q = asyncio.Queue()
    print(q.empty(), q.maxsize)
    q.put_nowait(1)
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

asyncio.run(main())
