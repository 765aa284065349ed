# Condition.notify(n) wakes the first n waiters in FIFO order; notify_all wakes the rest; each re-acquires the lock.
import asyncio


def state(x):
    return repr(x).split("[")[-1].rstrip("]>")


async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            log.append(f"{name} waits")
            r = await cond.wait()
            log.append(f"{name} woke r={r} holding={cond.locked()}")
            await asyncio.sleep(0)
            log.append(f"{name} leaves")

    tasks = [asyncio.create_task(waiter(f"w{i}")) for i in range(6)]
    await asyncio.sleep(0)
    print("waiting:", state(cond))

    async with cond:
        cond.notify()
        print("after notify():", state(cond))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
        print("after notify(2):", state(cond))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(0)
        print("after notify(0):", state(cond))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
        print("after notify_all():", state(cond))
        log.append("notifier still holds the lock")
        await asyncio.sleep(0.1)
        log.append("notifier releases")
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("end:", state(cond))

    # notify with no waiters is a no-op
    async with cond:
        cond.notify(5)
        cond.notify_all()
    print("no-op notify ok:", state(cond))


asyncio.run(main())
