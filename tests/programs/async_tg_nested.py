# Nested TaskGroups: inner failure cancels outer siblings; outer tasks spawning into inner groups.
import asyncio

log = []

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def failing(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} fails")
    raise ValueError(name)

async def inner(label, fail_at=None):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper(f"{label}.a", 0.1))
        tg.create_task(sleeper(f"{label}.b", 0.3))
        if fail_at is not None:
            tg.create_task(failing(f"{label}.f", fail_at))
    log.append(f"{label} group exited")
    return label

async def main():
    async with asyncio.TaskGroup() as outer:
        t1 = outer.create_task(inner("g1"))
        t2 = outer.create_task(inner("g2"))
    print(log, t1.result(), t2.result())

    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner("h1", fail_at=0.2))
            outer.create_task(inner("h2"))
            outer.create_task(sleeper("outer-sibling", 1))
    except* ValueError as eg:
        print("outer caught:", repr(eg))
    # siblings are cancelled in set order: print cancellations sorted
    for line in [l for l in log if "cancelled" not in l]:
        print(" ", line)
    print(" ", sorted(l for l in log if "cancelled" in l))

    # a task that creates tasks in the group it belongs to
    log.clear()
    async def spawner(tg, n):
        log.append(f"spawner {n}")
        await asyncio.sleep(0.01)
        if n > 0:
            tg.create_task(spawner(tg, n - 1))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3))
    print(log)

asyncio.run(main())
