# Condition.wait_for(predicate): returns the predicate's (truthy) value; spurious notifies re-check it.
import asyncio


async def main():
    cond = asyncio.Condition()
    box = {"items": [], "closed": False}
    log = []

    async def consumer(name, want):
        async with cond:
            checks = 0

            def ready():
                nonlocal checks
                checks += 1
                if box["closed"]:
                    return "closed"
                return len(box["items"]) >= want and box["items"][:want]

            result = await cond.wait_for(ready)
            if result != "closed":
                del box["items"][:want]
            log.append(f"{name} got {result!r} after {checks} checks")

    async def producer():
        for i in range(6):
            await asyncio.sleep(0.1)
            async with cond:
                box["items"].append(i)
                log.append(f"put {i}")
                cond.notify_all()
        await asyncio.sleep(0.1)
        async with cond:
            box["closed"] = True
            log.append("closed")
            cond.notify_all()

    await asyncio.gather(consumer("c2", 2), consumer("c3", 3), consumer("c5", 5), producer())
    for line in log:
        print(line)
    print("left:", box["items"])

    # predicate already true: no waiting at all
    async with cond:
        print("immediate:", await cond.wait_for(lambda: 42))
        print("still locked:", cond.locked())

    # wait_for outside the lock: RuntimeError only once it has to wait
    print("unlocked true predicate:", await cond.wait_for(lambda: "yes"))
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
