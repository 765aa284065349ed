# async with on asyncio.Lock/Semaphore/Condition held across awaits by several tasks, plus nullcontext.
import asyncio
import contextlib

async def main():
    lock = asyncio.Lock()
    log = []
    async def critical(name, hold):
        log.append(f"{name} wants")
        async with lock:
            log.append(f"{name} holds (locked={lock.locked()})")
            await asyncio.sleep(hold)
            log.append(f"{name} releases")
        return name
    await asyncio.gather(critical("a", 0.2), critical("b", 0.1), critical("c", 0))
    for line in log:
        print(" ", line)
    print("locked after:", lock.locked())

    # lock released when the body raises
    try:
        async with lock:
            raise ValueError("in lock")
    except ValueError:
        print("released after error:", not lock.locked())

    # async nullcontext (3.10+)
    async with contextlib.nullcontext("nv") as v:
        print("nullcontext value", v)

    # Semaphore as context manager
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0
    async def limited(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0.01 * (3 - i % 3))
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak, "sem locked", sem.locked())

    # Condition as a context manager
    cond = asyncio.Condition()
    items = []
    async def waiter(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop()}")
    log.clear()
    ws = [asyncio.create_task(waiter(f"w{i}")) for i in range(2)]
    await asyncio.sleep(0.01)
    for v in ["x", "y"]:
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*ws)
    print(log)

asyncio.run(main())
