# Barrier.reset() while parties wait: they get BrokenBarrierError, the barrier is not broken and works again.
import asyncio


def state(b):
    return repr(b).split("[")[-1].rstrip("]>")


async def main():
    b = asyncio.Barrier(3)
    log = []

    async def party(name):
        try:
            idx = await b.wait()
            log.append(f"{name} passed {idx}")
            return idx
        except asyncio.BrokenBarrierError as e:
            log.append(f"{name} broken: {e}")
            return None

    ts = [asyncio.create_task(party(n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("before reset:", state(b))
    await b.reset()
    print("right after reset:", state(b), "broken:", b.broken, "n_waiting:", b.n_waiting)
    res = await asyncio.gather(*ts)
    print("results:", res, state(b))

    # While resetting, a newcomer blocks until the reset drains, then joins a fresh cycle
    ts = [asyncio.create_task(party(n)) for n in ("c", "d")]
    await asyncio.sleep(0)
    reset_task = asyncio.create_task(b.reset())
    newcomer = asyncio.create_task(party("e"))
    await asyncio.sleep(0.1)
    print("after reset with newcomer:", state(b), [t.done() for t in ts], newcomer.done())
    await asyncio.gather(*ts, reset_task)
    more = [asyncio.create_task(party(n)) for n in ("f", "g")]
    await asyncio.gather(newcomer, *more)
    for line in log:
        print(line)
    print("final:", state(b))

    # reset of an idle barrier is a no-op
    await b.reset()
    print("idle reset:", state(b))


asyncio.run(main())
