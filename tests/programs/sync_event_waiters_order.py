# Event.set() wakes every waiter, in the order they started waiting; wait() returns True.
import asyncio


def state(ev):
    return repr(ev).split("[")[-1].rstrip("]>")


async def main():
    ev = asyncio.Event()
    log = []

    async def waiter(name, delay):
        await asyncio.sleep(delay)
        log.append(f"{name} waits")
        r = await ev.wait()
        log.append(f"{name} woke ({r})")
        await asyncio.sleep(0)
        log.append(f"{name} continues")

    tasks = [asyncio.create_task(waiter(n, d)) for n, d in
             [("w1", 0.3), ("w2", 0.1), ("w3", 0.2), ("w4", 0), ("w5", 0.1)]]
    await asyncio.sleep(0.5)
    print("before set:", state(ev), ev.is_set())
    ev.set()
    print("after set:", state(ev), ev.is_set())
    log.append("main after set")
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("end:", state(ev))

    # set() twice is harmless; waiters on an already-set event don't block
    ev.set()
    print("wait on set event:", await ev.wait())
    done = await asyncio.gather(*(ev.wait() for _ in range(3)))
    print("three immediate waits:", done)


asyncio.run(main())
