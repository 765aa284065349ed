# A Condition waiter cancelled (or timed out) re-acquires the lock before CancelledError/TimeoutError propagates.
import asyncio


def state(x):
    return repr(x).split("[")[-1].rstrip("]>")


async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                log.append(f"{name} notified")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled, holding lock: {cond.locked()}")
                raise
            finally:
                log.append(f"{name} finally at {loop.time():.2f}")
        log.append(f"{name} released lock")

    # 1. cancel while waiting, lock free: re-acquired immediately
    t = asyncio.create_task(waiter("a"))
    await asyncio.sleep(0.1)
    print("a waiting:", state(cond))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("a raised CancelledError; cond:", state(cond))

    # 2. cancel while waiting, but someone else holds the lock: the cancelled
    #    waiter blocks until it can re-acquire, then raises.
    t = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0.1)
    await cond.acquire()
    log.append("main holds lock")
    t.cancel()
    await asyncio.sleep(0.5)
    print("b still pending while main holds lock:", not t.done(), state(cond))
    log.append("main releases lock")
    cond.release()
    await asyncio.gather(t, return_exceptions=True)
    print("b cancelled:", t.cancelled(), state(cond))

    # 3. notified AND cancelled before it runs: cancellation wins, lock re-acquired
    t = asyncio.create_task(waiter("c"))
    u = asyncio.create_task(waiter("d"))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(1)
        t.cancel()
    await asyncio.sleep(0.1)
    print("c cancelled:", t.cancelled(), "d done:", u.done(), state(cond))
    async with cond:
        cond.notify()
    await u

    # 4. wait_for timeout around cond.wait(): lock held again when TimeoutError is seen
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.5)
        except asyncio.TimeoutError:
            print(f"timeout at {loop.time():.2f}; holding lock: {cond.locked()}")
    print("after block:", state(cond))

    # 5. asyncio.timeout() inside async with cond
    async with cond:
        try:
            async with asyncio.timeout(0.25):
                await cond.wait()
        except TimeoutError:
            print(f"timeout cm at {loop.time():.2f}; holding lock: {cond.locked()}")
    print("end:", state(cond))

    for line in log:
        print(" ", line)


asyncio.run(main())
