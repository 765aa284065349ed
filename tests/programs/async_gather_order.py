# asyncio.gather runs coroutines concurrently; results keep argument order, completion follows sleeps.
import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end after {delay}")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(
        worker("slow", 0.3, log),
        worker("fast", 0.1, log),
        worker("medium", 0.2, log),
    )
    print(results)
    for line in log:
        print(" ", line)

    log.clear()
    same = await asyncio.gather(*(worker(f"w{i}", 0.05, log) for i in range(4)))
    print(same)
    print(log)

    empty = await asyncio.gather()
    print("empty gather:", empty)

    async def fails():
        await asyncio.sleep(0.01)
        raise ValueError("worker failed")
    mixed = await asyncio.gather(worker("ok", 0.02, log), fails(), return_exceptions=True)
    print([repr(r) for r in mixed])
    try:
        await asyncio.gather(fails(), worker("other", 0.05, log))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.1)
    print(log[-1])

asyncio.run(main())
