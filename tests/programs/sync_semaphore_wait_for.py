# Semaphore.acquire under asyncio.wait_for and asyncio.timeout: timed-out waiters leave value and waiters intact.
import asyncio


def state(sem):
    return repr(sem).split("[")[-1].rstrip("]>")


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(2)
    log = []

    async def job(name, hold, patience):
        t0 = loop.time()
        try:
            await asyncio.wait_for(sem.acquire(), patience)
        except asyncio.TimeoutError:
            log.append(f"{loop.time():.2f} {name} gave up after {loop.time() - t0:.2f}s")
            return None
        try:
            log.append(f"{loop.time():.2f} {name} running")
            await asyncio.sleep(hold)
            return name
        finally:
            sem.release()
            log.append(f"{loop.time():.2f} {name} done [{state(sem)}]")

    res = await asyncio.gather(
        job("a", 1.0, 1),
        job("b", 2.0, 1),
        job("c", 1.0, 0.5),   # gives up before any slot frees
        job("d", 0.5, 1.5),   # gets a's slot at 1.0
        job("e", 0.5, 1.25),  # gets d's slot at 1.5? no: gives up at 1.25
        job("f", 0.5, 3),
    )
    for line in log:
        print(line)
    print("results:", res)
    print("state:", state(sem))

    # asyncio.timeout around a whole critical section
    log.clear()

    async def bounded_work(name, work):
        try:
            async with asyncio.timeout(1.0):
                async with sem:
                    log.append(f"{loop.time():.2f} {name} in")
                    await asyncio.sleep(work)
            log.append(f"{loop.time():.2f} {name} ok")
        except TimeoutError:
            log.append(f"{loop.time():.2f} {name} timeout (locked={sem.locked()})")

    await asyncio.gather(*(bounded_work(f"w{i}", w) for i, w in enumerate([0.75, 2, 0.5, 0.5, 0.25])))
    for line in log:
        print(line)
    print("state:", state(sem))


asyncio.run(main())
