# sync_barrier.py -- workers meeting at an asyncio.Barrier between phases.
#
# Shows: a Barrier(3) that releases its parties only when all three have
# arrived, reused for a second phase; the index wait() returns; parties
# and n_waiting; and abort() breaking the barrier for its waiters.

import asyncio


async def worker(name, barrier, load, loop, start):
    for phase in (1, 2):
        await asyncio.sleep(load * phase)          # uneven amounts of work
        print(f"t={round(loop.time() - start, 2)} {name} finished phase {phase}, "
              f"{barrier.n_waiting} already waiting")
        index = await barrier.wait()               # blocks until all 3 arrive
        if index == 0:                             # exactly one task gets 0
            print(f"t={round(loop.time() - start, 2)} -- everyone done with phase {phase} --")


async def stuck(name, barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(f"{name}: the barrier was broken")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties)
    await asyncio.gather(
        worker("ann", barrier, 0.1, loop, start),
        worker("bob", barrier, 0.3, loop, start),
        worker("cy", barrier, 0.2, loop, start),
    )
    print("broken after two phases:", barrier.broken)

    # Only two of three parties ever arrive: abort() frees them with an error.
    tasks = [asyncio.create_task(stuck(n, barrier)) for n in ("dee", "eve")]
    await asyncio.sleep(0.1)
    print("n_waiting before abort:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken after abort:", barrier.broken)
    try:
        await barrier.wait()                       # a broken barrier stays broken
    except asyncio.BrokenBarrierError:
        print("wait() on a broken barrier raises BrokenBarrierError")
    await barrier.reset()                          # ...until it is reset
    print("broken after reset:", barrier.broken)


asyncio.run(main())
