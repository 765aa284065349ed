# Cancelling a Queue.put() blocked on a full queue: its item is never added, later putters keep FIFO order.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    log = []

    async def putter(item):
        try:
            await q.put(item)
            log.append(f"put {item}")
        except asyncio.CancelledError:
            log.append(f"put {item} cancelled (qsize={q.qsize()})")
            raise

    ps = [asyncio.create_task(putter(x)) for x in ("p1", "p2", "p3")]
    await asyncio.sleep(0)
    print("blocked:", str(q))
    ps[1].cancel()
    await asyncio.sleep(0)
    print("after cancel:", str(q))
    items = []
    for _ in range(3):
        items.append(await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps, return_exceptions=True)
    print("items:", items, "qsize:", q.qsize())

    # A putter woken by get() but cancelled before running passes the slot on
    q.put_nowait("x")
    a = asyncio.create_task(putter("a"))
    b = asyncio.create_task(putter("b"))
    await asyncio.sleep(0)
    print("got:", q.get_nowait())
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("after:", str(q))
    print("got:", q.get_nowait(), "empty:", q.empty())

    # asyncio.timeout around put on a full queue
    q.put_nowait("block")
    try:
        async with asyncio.timeout(0.5):
            await q.put("never")
    except TimeoutError:
        print("put timed out:", str(q))

    # unfinished-task count was only bumped for items that really went in
    for _ in range(q.qsize()):
        q.get_nowait()
    print("final:", str(q))
    for line in log:
        print(" ", line)


asyncio.run(main())
