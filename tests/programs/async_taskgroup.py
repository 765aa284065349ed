# asyncio.TaskGroup (3.11): structured concurrency, results after the block, nested groups.
import asyncio

async def fetch(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return f"{name}-data"

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("users", 0.2, log))
        t2 = tg.create_task(fetch("orders", 0.1, log))
        log.append("tasks created")
    print("all done:", t1.result(), t2.result())
    print(log)

    log = []
    async def section(name):
        async with asyncio.TaskGroup() as inner:
            parts = [inner.create_task(fetch(f"{name}.{i}", 0.05 * i, log)) for i in range(1, 3)]
        return [p.result() for p in parts]

    async with asyncio.TaskGroup() as outer:
        a = outer.create_task(section("A"))
        b = outer.create_task(section("B"))
    print(a.result(), b.result())
    print(log)

    results = {}
    async def store(key, value):
        await asyncio.sleep(0.01)
        results[key] = value
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            tg.create_task(store(i, i * i))
    print(dict(sorted(results.items())))

asyncio.run(main())
