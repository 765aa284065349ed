# Cancelling the gather future cancels every unfinished child; finished ones keep their results.
import asyncio

async def child(name, delay):
    print(f"  {name} start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} got CancelledError")
        raise
    finally:
        print(f"  {name} finally")
    print(f"  {name} done")
    return name

async def main():
    tasks = [asyncio.create_task(child(f"c{i}", 0.1 * i)) for i in range(1, 4)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.15)
    print("cancelling gather; cancel() returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await gather -> CancelledError")
    print("g.cancelled():", g.cancelled())
    for t in tasks:
        print(t.get_name() == t.get_name(), t.done(), t.cancelled())
    print("first result:", tasks[0].result())

    # cancelling the task that awaits the gather
    async def outer():
        try:
            return await asyncio.gather(child("x", 0.2), child("y", 0.3))
        except asyncio.CancelledError:
            print("  outer saw CancelledError")
            raise
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled:", o.cancelled())

    # cancelling a done gather returns False
    g2 = asyncio.gather(child("z", 0))
    await g2
    print("cancel done gather:", g2.cancel(), g2.result())

asyncio.run(main())
