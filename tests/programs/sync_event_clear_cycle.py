# Event set/clear/is_set: clear() right after set() still wakes the current waiters; later waiters block.
import asyncio


def state(ev):
    return repr(ev).split("[")[-1].rstrip("]>")


async def main():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        log.append(f"{name} waiting (is_set={ev.is_set()})")
        await ev.wait()
        log.append(f"{name} woke (is_set={ev.is_set()})")

    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0)
    print("waiting:", state(ev))
    ev.set()
    ev.clear()
    print("set+clear:", state(ev))
    c = asyncio.create_task(waiter("c"))
    await asyncio.gather(a, b)
    await asyncio.sleep(0)
    print("a, b done; c done?", c.done(), state(ev))
    ev.set()
    await c
    for line in log:
        print(line)

    # A pulse loop: a ticker sets and clears the event each round.
    ev = asyncio.Event()
    ticks = []

    async def listener(name, rounds):
        for i in range(rounds):
            await ev.wait()
            ticks.append(f"{name}:{i}")
            # wait until the ticker clears before the next round
            while ev.is_set():
                await asyncio.sleep(0.01)

    async def ticker():
        for i in range(3):
            await asyncio.sleep(0.25)
            ev.set()
            ticks.append(f"tick{i}")
            await asyncio.sleep(0.125)
            ev.clear()

    await asyncio.gather(listener("x", 3), listener("y", 3), ticker())
    print(ticks)
    print("final:", state(ev))


asyncio.run(main())
