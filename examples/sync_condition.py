# sync_condition.py -- a bakery shelf guarded by asyncio.Condition.
#
# Shows: customers waiting with wait_for(predicate) until there is enough
# on the shelf, the baker waking exactly n of them with notify(n), and
# notify_all() to tell everyone still waiting that the shop is closing.

import asyncio

shelf = []
closed = False


async def customer(name, cond, wants):
    def enough():
        print(f"  {name} checks: {len(shelf)} on the shelf, wants {wants}")
        return len(shelf) >= wants or closed

    async with cond:                   # wait_for needs the lock held
        # wait_for checks the predicate, then releases the lock while it
        # waits, and checks again each time this customer is notified.
        await cond.wait_for(enough)
        if len(shelf) >= wants:
            bought = [shelf.pop(0) for _ in range(wants)]
            print(f"{name} bought {bought}")
        else:
            print(f"{name} leaves empty-handed")


async def baker(cond):
    global closed
    for batch, n in ((["bun1"], 1), (["bun2", "bun3"], 2), (["bun4"], 1)):
        await asyncio.sleep(0.1)
        async with cond:
            shelf.extend(batch)
            print(f"baked {batch}, waking {n}")
            # Wake the n longest-waiting customers; one whose predicate
            # is still false just goes back to waiting (at the back).
            cond.notify(n)
    await asyncio.sleep(0.1)
    async with cond:
        closed = True
        print("closing time, waking everyone")
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    customers = [
        asyncio.create_task(customer(name, cond, wants))
        for name, wants in (("ann", 2), ("bob", 1), ("cy", 1), ("dan", 5))
    ]
    await baker(cond)
    await asyncio.gather(*customers)
    print("left on the shelf:", shelf)

    # notify() without holding the lock is an error.
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
