# create_task schedules coroutines to run concurrently; tasks start when the creator awaits.
import asyncio

async def job(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return f"{name} finished {steps} steps"

async def main():
    t1 = asyncio.create_task(job("A", 3))
    t2 = asyncio.create_task(job("B", 2))
    print("tasks created, not started yet:", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("after one yield")
    r1 = await t1
    r2 = await t2
    print(r1, "|", r2)
    print(t1.done(), t1.result(), t2.cancelled())

    t3 = asyncio.create_task(job("C", 1), name="custom-name")
    print(t3.get_name())
    await t3
    results = []
    tasks = [asyncio.create_task(job(f"T{i}", 1)) for i in range(3)]
    for t in tasks:
        results.append(await t)
    print(results)
    print(asyncio.current_task() is not None, len(asyncio.all_tasks()))

asyncio.run(main())
