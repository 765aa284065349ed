# Condition.wait/notify without holding the lock raise RuntimeError; the condition is usable afterwards.
import asyncio


async def main():
    cond = asyncio.Condition()
    for what, call in [("notify", lambda: cond.notify()),
                       ("notify(3)", lambda: cond.notify(3)),
                       ("notify_all", cond.notify_all)]:
        try:
            call()
        except RuntimeError as e:
            print(what, "->", type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait ->", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("release ->", e)
    print("locked:", cond.locked())

    # The lock is held by someone else: still "acquired" from the condition's point of view
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    await lock.acquire()
    c2.notify()
    print("notify while lock held elsewhere: ok")
    lock.release()

    # acquire/release/locked are the lock's own bound methods
    print("acquire:", await cond.acquire(), cond.locked())
    cond.release()
    print("released:", cond.locked())

    # aenter returns None
    async with cond as x:
        print("as-target:", x)

    # Condition with a Semaphore-like object that is not a Lock still works if it has the methods
    class MyLock:
        def __init__(self):
            self.held = False
        async def acquire(self):
            self.held = True
            return True
        def release(self):
            self.held = False
        def locked(self):
            return self.held

    c3 = asyncio.Condition(MyLock())
    async with c3:
        print("custom lock held:", c3.locked())
        c3.notify()
    print("custom lock free:", not c3.locked())


asyncio.run(main())
