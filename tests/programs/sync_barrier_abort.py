# Barrier.abort(): current and future waiters get BrokenBarrierError; broken stays True until reset().
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
        except asyncio.BrokenBarrierError as e:
            log.append(f"{name} BrokenBarrierError: {e!r}")

    ts = [asyncio.create_task(party(n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    print("waiting:", state(b))
    await b.abort()
    print("after abort:", state(b), "broken:", b.broken, "n_waiting:", b.n_waiting)
    await asyncio.gather(*ts)
    await party("late")
    for line in log:
        print(line)
    print("issubclass RuntimeError:", issubclass(asyncio.BrokenBarrierError, RuntimeError))

    await b.reset()
    print("after reset:", state(b), "broken:", b.broken)
    log.clear()
    await asyncio.gather(*(party(n) for n in ("x", "y", "z")))
    print(log)

    # abort while one task is blocked in async with
    async def guarded(name):
        try:
            async with b as i:
                return f"{name}:{i}"
        except asyncio.BrokenBarrierError:
            return f"{name}:broken"

    t = asyncio.create_task(guarded("g"))
    await asyncio.sleep(0.5)
    await b.abort()
    print(await t, state(b))
    await b.abort()  # aborting twice is fine
    print("double abort:", state(b))


asyncio.run(main())
