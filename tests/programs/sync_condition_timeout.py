# Condition.wait under asyncio.timeout and wait_for: the waiter times out,
# the lock is held again when the TimeoutError reaches the caller, and no
# waiter is left behind for notify() to find.
import asyncio


async def impatient(cond, name, delay):
    async with cond:
        try:
            async with asyncio.timeout(delay):
                await cond.wait()
            print(name, "notified")
        except TimeoutError:
            print(name, "timed out; lock held:", cond.locked())


async def predicate_waiter(cond, box):
    async with cond:
        try:
            await asyncio.wait_for(cond.wait_for(lambda: box), 0.3)
            print("predicate met:", box)
        except asyncio.TimeoutError:
            print("predicate timed out; lock held:", cond.locked())


async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [
        asyncio.create_task(impatient(cond, "a", 0.1)),
        asyncio.create_task(impatient(cond, "b", 0.5)),
        asyncio.create_task(predicate_waiter(cond, box)),
    ]
    await asyncio.sleep(0.2)
    async with cond:
        print("waiters after first timeout:", len(cond._waiters))
        cond.notify()
    await asyncio.sleep(0.2)
    async with cond:
        box.append("late")
        cond.notify_all()
        print("waiters at notify_all:", len(cond._waiters))
    await asyncio.gather(*tasks)
    print("locked at end:", cond.locked())


asyncio.run(main())
