# Barrier.wait() returns a distinct index per party (arrival order), and parties/n_waiting/broken/repr track state.
import asyncio


def state(b):
    return repr(b).split("[")[-1].rstrip("]>")


async def main():
    b = asyncio.Barrier(3)
    print("parties:", b.parties, "n_waiting:", b.n_waiting, "broken:", b.broken, state(b))
    log = []

    async def party(name, delay):
        await asyncio.sleep(delay)
        log.append(f"{name} arrives (n_waiting={b.n_waiting})")
        idx = await b.wait()
        log.append(f"{name} passes with index {idx}")
        return idx

    tasks = [asyncio.create_task(party(n, d)) for n, d in [("a", 0.2), ("b", 0.1), ("c", 0.3)]]
    await asyncio.sleep(0.25)
    print("two waiting:", b.n_waiting, state(b))
    res = await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("indices:", res, "state:", state(b))

    # The barrier is reusable: run it for three cycles with async with
    log.clear()

    async def cyclist(name, delays):
        out = []
        for d in delays:
            await asyncio.sleep(d)
            async with b as idx:
                out.append(idx)
        log.append(f"{name}: {out}")

    await asyncio.gather(cyclist("x", [0.1, 0.3, 0.2]), cyclist("y", [0.2, 0.1, 0.3]), cyclist("z", [0.3, 0.2, 0.1]))
    for line in log:
        print(line)
    print("after cycles:", state(b))

    # Barrier(1) never blocks
    one = asyncio.Barrier(1)
    print("Barrier(1):", [await one.wait() for _ in range(3)], state(one))

    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print(f"Barrier({bad}):", e)


asyncio.run(main())
