# `async with lock` releases on exceptions and on cancellation of the holder; the next waiter proceeds.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def failing():
        async with lock:
            log.append("failing holds")
            await asyncio.sleep(0.1)
            raise KeyError("boom")

    async def waiter(name):
        async with lock:
            log.append(f"{name} holds")
            await asyncio.sleep(0.1)
        return name

    t1 = asyncio.create_task(failing())
    t2 = asyncio.create_task(waiter("w1"))
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print("results:", [repr(r) for r in res])
    print("locked:", lock.locked())

    # Holder cancelled while inside the block
    async def holder():
        try:
            async with lock:
                log.append("holder holds")
                await asyncio.sleep(100)
        finally:
            log.append(f"holder finally, locked={lock.locked()}")

    h = asyncio.create_task(holder())
    w = asyncio.create_task(waiter("w2"))
    await asyncio.sleep(1)
    print("before cancel:", lock.locked(), w.done())
    h.cancel()
    print("w2 ->", await w)
    print("holder cancelled:", h.cancelled(), "locked:", lock.locked())

    # Exception raised in the body is not swallowed by __aexit__
    try:
        async with lock:
            1 / 0
    except ZeroDivisionError as e:
        print("propagated:", e, "locked:", lock.locked())

    # Nested locks released in reverse order
    a, b = asyncio.Lock(), asyncio.Lock()
    try:
        async with a:
            async with b:
                print("both held:", a.locked(), b.locked())
                raise RuntimeError("inner")
    except RuntimeError:
        print("both free:", not a.locked(), not b.locked())

    for line in log:
        print(" ", line)


asyncio.run(main())
