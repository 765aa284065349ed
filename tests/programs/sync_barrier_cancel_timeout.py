# Barrier.wait under wait_for/timeout and cancellation: the count drops back, the barrier can still trip later.
import asyncio


def state(b):
    return repr(b).split("[")[-1].rstrip("]>")


async def main():
    loop = asyncio.get_running_loop()
    b = asyncio.Barrier(3)
    log = []

    async def party(name, patience=None):
        try:
            if patience is None:
                idx = await b.wait()
            else:
                idx = await asyncio.wait_for(b.wait(), patience)
            log.append(f"{loop.time():.2f} {name} passed {idx}")
        except asyncio.TimeoutError:
            log.append(f"{loop.time():.2f} {name} timed out [{state(b)}]")
        except asyncio.CancelledError:
            log.append(f"{loop.time():.2f} {name} cancelled [{state(b)}]")
            raise

    a = asyncio.create_task(party("a", 0.5))
    c = asyncio.create_task(party("c"))
    await asyncio.sleep(0.25)
    print("two waiting:", state(b))
    await asyncio.sleep(0.5)
    print("after a timed out:", state(b))
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("after c cancelled:", state(b), "broken:", b.broken)

    # the barrier still works for three fresh parties
    await asyncio.gather(party("x"), party("y"), party("z", 5))
    print("tripped:", state(b))

    # asyncio.timeout around async with barrier
    try:
        async with asyncio.timeout(1):
            async with b:
                log.append("never")
    except TimeoutError:
        log.append(f"{loop.time():.2f} main timeout cm [{state(b)}]")

    for line in log:
        print(line)
    print("final:", state(b))


asyncio.run(main())
