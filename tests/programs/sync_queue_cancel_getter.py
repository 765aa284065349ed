# Cancelling a blocked Queue.get(): the item goes to the next getter; a woken-then-cancelled getter loses nothing.
import asyncio


async def main():
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            item = await q.get()
            log.append(f"{name} got {item!r}")
            return item
        except asyncio.CancelledError:
            log.append(f"{name} cancelled (qsize={q.qsize()})")
            raise

    # 1: cancel a queued getter before anything is put
    g = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("1 waiting:", str(q))
    g[0].cancel()
    await asyncio.sleep(0)
    print("1 after cancel:", str(q))
    q.put_nowait("A")
    q.put_nowait("B")
    await asyncio.gather(*g, return_exceptions=True)
    print("1 end:", str(q))

    # 2: put wakes g3, which is cancelled before running: the item must stay
    #    in the queue and the next getter (g4) must get it.
    g3 = asyncio.create_task(getter("g3"))
    g4 = asyncio.create_task(getter("g4"))
    await asyncio.sleep(0)
    q.put_nowait("C")
    g3.cancel()
    res = await asyncio.gather(g3, g4, return_exceptions=True)
    print("2 results:", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print("2 end:", str(q))

    # 3: woken and cancelled with nobody else waiting: item remains queued
    g5 = asyncio.create_task(getter("g5"))
    await asyncio.sleep(0)
    q.put_nowait("D")
    g5.cancel()
    await asyncio.gather(g5, return_exceptions=True)
    print("3 item kept:", str(q), q.get_nowait())

    # 4: wait_for(q.get(), timeout) on an empty queue
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except asyncio.TimeoutError:
        print("4 timed out:", str(q))
    q.put_nowait("E")
    print("4 next get:", await asyncio.wait_for(q.get(), 0.5))

    for line in log:
        print(" ", line)


asyncio.run(main())
