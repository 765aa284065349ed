# Tasks waiting on a Lock, a Semaphore and a Queue: handing over, cancelling
# a waiter before and after it is woken, and what reprs and the private
# waiter lists show meanwhile.
import asyncio
import re


def clean(s):
    s = re.sub(r"running at .*?:(\d+)", r"running at FILE:\1", str(s))
    return re.sub(r" at 0x[0-9a-f]+", "", s)


async def lock_paths():
    lock, log = asyncio.Lock(), []

    async def user(name):
        try:
            async with lock:
                log.append(f"{name} holds")
                await asyncio.sleep(0)
            log.append(f"{name} released")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, locked={lock.locked()}")
            raise

    await lock.acquire()
    ts = [asyncio.create_task(user(n)) for n in "abcd"]
    await asyncio.sleep(0)
    print(clean(lock))
    print(clean(ts[0]))
    print(clean(lock._waiters))
    ts[1].cancel()
    lock.release()
    print("after release:", clean(ts[0]._fut_waiter))
    ts[0].cancel()  # woken, then cancelled: the lock goes to the next
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, lock.locked(), len(lock._waiters))


async def semaphore_paths():
    sem, log = asyncio.Semaphore(2), []

    async def user(name, hold):
        try:
            async with sem:
                log.append(f"{name} in ({sem._value})")
                await asyncio.sleep(hold)
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    ts = [asyncio.create_task(user(f"s{i}", 0.1 * (i + 1))) for i in range(6)]
    await asyncio.sleep(0)
    print(clean(sem), clean(ts[3]))
    ts[2].cancel()
    await asyncio.sleep(0.1)
    ts[3].cancel()  # given a slot by s0's release, then cancelled
    print(clean(sem))
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(log, [type(r).__name__ for r in res], sem._value)


async def queue_paths():
    q, log = asyncio.Queue(maxsize=1), []

    async def consumer(name):
        try:
            while True:
                item = await q.get()
                log.append(f"{name} got {item}")
                q.task_done()
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(clean(q), clean(q._getters))
    print(clean(cs[0]))
    q.put_nowait("x")
    print("woken:", clean(cs[0]._fut_waiter), clean(q))
    cs[0].cancel()  # woken by the put, cancelled before it ran: c1 gets x
    await asyncio.sleep(0)
    print(log)

    async def producer():
        for i in range(4):
            await q.put(i)
            log.append(f"put {i}")

    p = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print(clean(q))
    await q.join()
    await p
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    print(log)
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(0)
    putter = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    print(clean(full), clean(full._putters))
    putter.cancel()
    await asyncio.sleep(0)
    print(putter.cancelled(), clean(full))


async def main():
    for f in (lock_paths, semaphore_paths, queue_paths):
        print(f"-- {f.__name__}")
        await f()


asyncio.run(main())
