# Cancelling a Lock waiter: queued waiter removed, and a woken-then-cancelled waiter passes the wake-up on.
import asyncio


def state(lock):
    return repr(lock).split("[")[-1].rstrip("]>")


async def main():
    lock = asyncio.Lock()
    log = []

    async def taker(name):
        try:
            async with lock:
                log.append(f"{name} got lock")
                await asyncio.sleep(0.1)
                log.append(f"{name} done")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled (locked={lock.locked()})")
            raise

    # Case 1: cancel a waiter that is still queued (not yet woken).
    await lock.acquire()
    a = asyncio.create_task(taker("a"))
    b = asyncio.create_task(taker("b"))
    c = asyncio.create_task(taker("c"))
    await asyncio.sleep(0)
    print("case1 queued:", state(lock))
    b.cancel()
    await asyncio.sleep(0)
    print("case1 after cancel b:", state(lock))
    lock.release()
    await asyncio.gather(a, c)
    print("case1 b.cancelled():", b.cancelled())
    print("case1 end:", state(lock))

    # Case 2: release wakes the first waiter, which is cancelled before it runs.
    # The wake-up must not be lost: the next waiter gets the lock.
    log.append("--- case 2")
    await lock.acquire()
    d = asyncio.create_task(taker("d"))
    e = asyncio.create_task(taker("e"))
    await asyncio.sleep(0)
    lock.release()
    d.cancel()
    print("case2 after release+cancel:", state(lock))
    await asyncio.gather(d, e, return_exceptions=True)
    print("case2 d.cancelled():", d.cancelled(), "e.done():", e.done())
    print("case2 end:", state(lock))

    # Case 3: cancel every waiter; the lock is then free for a newcomer right away.
    log.append("--- case 3")
    await lock.acquire()
    ws = [asyncio.create_task(taker(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for w in ws:
        w.cancel()
    lock.release()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print("case3 results:", [type(r).__name__ for r in res])
    print("case3 end:", state(lock))
    await asyncio.wait_for(lock.acquire(), 1)
    print("case3 newcomer acquired:", lock.locked())
    lock.release()

    for line in log:
        print(" ", line)


asyncio.run(main())
