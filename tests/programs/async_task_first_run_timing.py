# A task created with create_task does not run until its creator awaits something that yields.
import asyncio

async def child(name):
    print(f"{name}: first line runs")
    await asyncio.sleep(0)
    print(f"{name}: after its own sleep(0)")
    return name.upper()

async def no_yield():
    print("no_yield coroutine body (awaited directly, no suspension)")
    return 1

async def main():
    t1 = asyncio.create_task(child("t1"))
    print("created t1; done?", t1.done())
    x = await no_yield()
    print("awaited a coroutine that did not suspend:", x, "t1 still not started")
    t2 = asyncio.create_task(child("t2"))
    print("created t2")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    t3 = asyncio.create_task(child("t3"))
    print("main before awaiting t1; t1.done() =", t1.done())
    print("t1 ->", await t1)
    print("t3.done() =", t3.done())
    print("t2 ->", await t2, "t3 ->", await t3)

    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    t4 = asyncio.create_task(child("t4"))
    print("awaiting an already-done future does not yield:", await fut)
    print("t4 started?", t4.done())
    await t4

asyncio.run(main())
