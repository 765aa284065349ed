# A Lock released while waiters are queued is not stolen by a newcomer calling acquire() in between.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def queued(name):
        await lock.acquire()
        order.append(name)
        await asyncio.sleep(0)
        lock.release()

    async def newcomer(name):
        print(f"{name} arrives, locked={lock.locked()}")
        await lock.acquire()
        order.append(name)
        lock.release()

    await lock.acquire()
    t1 = asyncio.create_task(queued("q1"))
    t2 = asyncio.create_task(queued("q2"))
    await asyncio.sleep(0)
    lock.release()
    # The lock is unlocked now, but q1 has been woken and not run yet.
    print("after release: locked =", lock.locked())
    n = asyncio.create_task(newcomer("new"))
    # main itself is a newcomer too: it must queue behind q1 and q2.
    await lock.acquire()
    order.append("main")
    print("main got it; waiters:", repr(lock).split("[")[-1].rstrip("]>"))
    lock.release()
    await asyncio.gather(t1, t2, n)
    print("order:", order)

    # Same thing, but from synchronous code: try to grab with wait_for(timeout=0)
    order.clear()
    await lock.acquire()
    t3 = asyncio.create_task(queued("q3"))
    await asyncio.sleep(0)
    lock.release()
    try:
        await asyncio.wait_for(lock.acquire(), 0)
        order.append("grabber")
        lock.release()
    except asyncio.TimeoutError:
        order.append("grabber timed out")
    await t3
    print("order:", order, "locked:", lock.locked())


asyncio.run(main())
