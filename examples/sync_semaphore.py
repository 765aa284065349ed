# sync_semaphore.py -- throttling a fake web crawler with asyncio.Semaphore.
#
# Shows: a Semaphore(N) letting at most N "requests" run at once (we
# track the peak), locked() when no slot is free, and BoundedSemaphore
# catching a release() that was never matched by an acquire().

import asyncio

PAGES = {"/": 0.3, "/about": 0.1, "/blog": 0.4, "/blog/1": 0.2, "/blog/2": 0.2, "/contact": 0.1}

active = 0
peak = 0


async def fetch(sem, path, loop, start):
    global active, peak
    async with sem:                    # waits here while N fetches are running
        active += 1
        peak = max(peak, active)
        t = round(loop.time() - start, 2)
        print(f"t={t:<4} GET {path:<9} ({active} in flight)")
        await asyncio.sleep(PAGES[path])   # stands in for network I/O
        active -= 1
        return len(path)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    sizes = await asyncio.gather(*(fetch(sem, p, loop, start) for p in PAGES))
    print(f"crawled {len(sizes)} pages by t={round(loop.time() - start, 2)}, peak concurrency {peak}")

    # locked() is True when acquire() would have to wait.
    await sem.acquire()
    await sem.acquire()
    print("both slots taken, locked():", sem.locked())
    sem.release()
    print("one slot free, locked():", sem.locked())
    sem.release()

    # A plain Semaphore silently grows on an extra release()...
    sem.release()
    for _ in range(3):
        await sem.acquire()            # three acquires now succeed at once
    print("after an extra release, three acquires fit; locked():", sem.locked())

    # ...a BoundedSemaphore refuses to go above its initial value.
    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        pass
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
