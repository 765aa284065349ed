# sleep(0) yields exactly one loop iteration: several tasks interleave in strict round-robin order.
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name

async def main():
    tasks = [asyncio.create_task(worker(n, k)) for n, k in (("a", 3), ("b", 1), ("c", 4), ("d", 2))]
    print("created 4 tasks")
    for i in range(3):
        print("main tick", i)
        await asyncio.sleep(0)
    print("main tick loop over, log so far:", log)
    results = [await t for t in tasks]
    print("results:", results)
    print("full log:", " ".join(log))

asyncio.run(main())
