# asyncio.Lock wakes blocked acquirers strictly first-in-first-out, and locked()/repr track waiters.
import asyncio


def state(lock):
    return repr(lock).split("[")[-1].rstrip("]>")


async def worker(name, lock, log):
    log.append(f"{name} wants (locked={lock.locked()})")
    async with lock:
        log.append(f"{name} holds [{state(lock)}]")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} releases")


async def main():
    lock = asyncio.Lock()
    log = []
    print("fresh:", state(lock), lock.locked())
    await lock.acquire()
    print("main holds:", state(lock))
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in "edcba"]
    await asyncio.sleep(0)
    print("queued:", state(lock))
    for line in log:
        print(" ", line)
    log.clear()
    lock.release()
    print("after release:", state(lock), lock.locked())
    await asyncio.gather(*tasks)
    for line in log:
        print(" ", line)
    print("final:", state(lock))

    # Waiters that arrive at different times are still served in arrival order.
    order = []

    async def late(name, delay):
        await asyncio.sleep(delay)
        async with lock:
            order.append(name)
            await asyncio.sleep(0.5)

    await asyncio.gather(late("slow", 0.3), late("first", 0), late("mid", 0.2), late("early", 0.1))
    print("arrival order served:", order)


asyncio.run(main())
