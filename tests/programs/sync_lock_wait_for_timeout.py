# asyncio.wait_for(lock.acquire(), t) timing out leaves no leaked waiter; later acquirers still succeed.
import asyncio


def state(lock):
    return repr(lock).split("[")[-1].rstrip("]>")


async def holder(lock, hold, log):
    async with lock:
        log.append(f"holder in at {asyncio.get_running_loop().time():.2f}")
        await asyncio.sleep(hold)
    log.append(f"holder out at {asyncio.get_running_loop().time():.2f}")


async def impatient(name, lock, timeout, log):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(lock.acquire(), timeout)
    except asyncio.TimeoutError:
        log.append(f"{name} gave up at {loop.time():.2f} [{state(lock)}]")
        return False
    log.append(f"{name} acquired at {loop.time():.2f}")
    await asyncio.sleep(0.25)
    lock.release()
    log.append(f"{name} released at {loop.time():.2f}")
    return True


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, 1.0, log))
    await asyncio.sleep(0)
    results = await asyncio.gather(
        impatient("a", lock, 0.5, log),
        impatient("b", lock, 2.0, log),
        impatient("c", lock, 0.75, log),
        impatient("d", lock, 5.0, log),
    )
    await h
    for line in log:
        print(line)
    print("results:", results)
    print("state:", state(lock))

    # A timeout of zero on a free lock: the acquire never gets to run in 3.11
    try:
        await asyncio.wait_for(lock.acquire(), 0)
        print("zero timeout acquired")
        lock.release()
    except asyncio.TimeoutError:
        print("zero timeout: TimeoutError, locked =", lock.locked())

    # A generous timeout on a free lock just acquires
    ok = await asyncio.wait_for(lock.acquire(), 10)
    print("generous timeout:", ok, lock.locked())
    lock.release()
    print("final:", state(lock))


asyncio.run(main())
