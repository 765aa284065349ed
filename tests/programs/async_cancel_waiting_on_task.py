# Cancelling a task that awaits another task cancels the inner one too; cancelling the inner one propagates outward.
import asyncio

async def inner(name):
    try:
        await asyncio.sleep(10)
        return "inner result"
    except asyncio.CancelledError:
        print(f"{name}: inner cancelled")
        raise

async def outer(name, it):
    try:
        return await it
    except asyncio.CancelledError:
        print(f"{name}: outer cancelled")
        raise

async def main():
    i1 = asyncio.create_task(inner("A"))
    o1 = asyncio.create_task(outer("A", i1))
    await asyncio.sleep(0.1)
    o1.cancel()
    await asyncio.gather(o1, return_exceptions=True)
    print("A: outer cancelled", o1.cancelled(), "inner cancelled", i1.cancelled())

    i2 = asyncio.create_task(inner("B"))
    o2 = asyncio.create_task(outer("B", i2))
    await asyncio.sleep(0.1)
    i2.cancel()
    await asyncio.gather(o2, return_exceptions=True)
    print("B: outer cancelled", o2.cancelled(), "inner cancelled", i2.cancelled())

    i3 = asyncio.create_task(inner("C"))
    o3a = asyncio.create_task(outer("C1", i3))
    o3b = asyncio.create_task(outer("C2", i3))
    await asyncio.sleep(0.1)
    o3a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("C: o3a", o3a.cancelled(), "inner", i3.cancelled(), "o3b done", o3b.done())
    await asyncio.gather(o3b, return_exceptions=True)
    print("C: o3b cancelled", o3b.cancelled())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    o4 = asyncio.create_task(outer("D", fut))
    await asyncio.sleep(0)
    o4.cancel()
    await asyncio.gather(o4, return_exceptions=True)
    print("D: future cancelled too:", fut.cancelled())

asyncio.run(main())
