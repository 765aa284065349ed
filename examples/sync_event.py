# sync_event.py -- a starting gun with asyncio.Event.
#
# Shows: several tasks blocked in event.wait() all released by a single
# set(), is_set(), clear() to re-arm the event, and asyncio.wait_for to
# give up waiting after a timeout.

import asyncio


async def runner(name, gun, loop, start):
    print(f"{name} is ready")
    await gun.wait()                   # blocks until someone calls set()
    print(f"{name} starts at t={round(loop.time() - start, 2)}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    gun = asyncio.Event()
    print("is_set at first:", gun.is_set())

    runners = [asyncio.create_task(runner(n, gun, loop, start)) for n in ["ann", "bob", "cy"]]
    await asyncio.sleep(0.5)           # everyone is waiting now
    print("bang!")
    gun.set()                          # one set() wakes every waiter, in order
    await asyncio.gather(*runners)
    print("is_set after set():", gun.is_set())

    # Once set, wait() returns immediately -- until the event is cleared.
    await gun.wait()
    print("wait() on a set event returned at once")
    gun.clear()
    print("is_set after clear():", gun.is_set())

    # Nobody sets it now, so bound the wait with a timeout.
    try:
        await asyncio.wait_for(gun.wait(), timeout=0.25)
    except asyncio.TimeoutError:
        print(f"gave up waiting at t={round(loop.time() - start, 2)}")

    # A late set() from another task releases a waiter in time.
    loop.call_later(0.1, gun.set)
    result = await asyncio.wait_for(gun.wait(), timeout=1)
    print(f"wait() returned {result} at t={round(loop.time() - start, 2)}")


asyncio.run(main())
