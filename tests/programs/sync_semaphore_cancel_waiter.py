# Cancelling Semaphore waiters (queued, or already handed a slot) leaks neither waiters nor slots.
import asyncio


def state(sem):
    return repr(sem).split("[")[-1].rstrip("]>")


async def main():
    sem = asyncio.Semaphore(1)
    log = []

    async def user(name, hold=0.1):
        try:
            async with sem:
                log.append(f"{name} in")
                await asyncio.sleep(hold)
                log.append(f"{name} out")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled [{state(sem)}]")
            raise

    # 1: cancel a queued waiter
    await sem.acquire()
    ts = [asyncio.create_task(user(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    print("1 queued:", state(sem))
    ts[1].cancel()
    await asyncio.sleep(0)
    print("1 after cancel:", state(sem))
    sem.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print("1 end:", state(sem))

    # 2: release hands the slot to d, then d is cancelled before running: e must get it
    log.append("---")
    await sem.acquire()
    d = asyncio.create_task(user("d"))
    e = asyncio.create_task(user("e"))
    await asyncio.sleep(0)
    sem.release()
    print("2 after release:", state(sem))
    d.cancel()
    await asyncio.gather(d, e, return_exceptions=True)
    print("2 end:", state(sem), "d cancelled:", d.cancelled())

    # 3: cancel all waiters of a Semaphore(0); value stays 0 and nothing is leaked
    log.append("---")
    s0 = asyncio.Semaphore(0)
    ws = [asyncio.create_task(s0.acquire()) for _ in range(4)]
    await asyncio.sleep(0)
    print("3 waiting:", state(s0))
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print("3 after cancel:", state(s0), "locked:", s0.locked())
    s0.release()
    print("3 after release:", state(s0))
    print("3 acquire now:", await asyncio.wait_for(s0.acquire(), 1), state(s0))

    # 4: holder cancelled inside the block releases its slot
    log.append("---")
    sem2 = asyncio.Semaphore(2)

    async def holder(name):
        async with sem2:
            log.append(f"{name} holding")
            await asyncio.sleep(10)

    hs = [asyncio.create_task(holder(f"h{i}")) for i in range(4)]
    await asyncio.sleep(1)
    print("4 during:", state(sem2))
    for h in hs:
        h.cancel()
    await asyncio.gather(*hs, return_exceptions=True)
    print("4 after cancel all:", state(sem2))

    for line in log:
        print(" ", line)


asyncio.run(main())
