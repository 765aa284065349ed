# Lock.release() on an unlocked lock raises RuntimeError('Lock is not acquired.'), also after double release.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", type(e).__name__, e)
    await lock.acquire()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("double release:", e)
    print("locked:", lock.locked())

    # acquire() returns True
    print("acquire returned:", await lock.acquire())
    lock.release()

    # release from another task is allowed: locks are not owned
    await lock.acquire()

    async def other():
        print("other releasing a lock it did not take")
        lock.release()

    await asyncio.create_task(other())
    print("locked after other released:", lock.locked())

    # __aexit__ releasing a lock that was released inside the block
    try:
        async with lock:
            lock.release()
            print("released inside block, locked:", lock.locked())
    except RuntimeError as e:
        print("aexit:", e)

    # async with returns None as the target
    async with lock as value:
        print("as-target:", value)

    # Lock is not reentrant: second acquire from the same task blocks
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.25)
    except asyncio.TimeoutError:
        print("second acquire timed out; still locked:", lock.locked())
    lock.release()
    print("end locked:", lock.locked())
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
