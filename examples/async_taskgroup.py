# async_taskgroup.py -- structured concurrency with asyncio.TaskGroup.
#
# Shows: `async with asyncio.TaskGroup()` waits for every task it started;
# if one task fails, the others are cancelled and the errors are raised
# together as an ExceptionGroup, handled here with except*.

import asyncio


async def check(service, seconds, healthy=True):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {service}: cancelled")
        raise
    if not healthy:
        raise ConnectionError(f"{service} is down")
    print(f"  {service}: ok after {seconds} s")
    return service, seconds


async def main():
    print("round 1: everything healthy")
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(check(name, t)) for name, t in [("db", 0.3), ("cache", 0.1), ("api", 0.2)]]
    # Leaving the block means every task has finished.
    print("results:", [t.result() for t in tasks])

    print("round 2: one service fails")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(check("db", 0.3))
            group.create_task(check("cache", 0.1))
            group.create_task(check("api", 0.2, healthy=False))
    except* ConnectionError as errors:
        for e in errors.exceptions:
            print("failed:", e)

    print("round 3: groups nest")
    async def region(name):
        async with asyncio.TaskGroup() as group:
            for i in range(2):
                group.create_task(check(f"{name}-{i}", 0.1 * (i + 1)))
        return name

    async with asyncio.TaskGroup() as outer:
        regions = [outer.create_task(region(r)) for r in ("eu", "us")]
    print("regions done:", [r.result() for r in regions])


asyncio.run(main())
