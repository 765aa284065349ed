# Cancelling one child of a gather: without return_exceptions gather raises CancelledError; others continue.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    print(f"  {name} done")
    return name

async def main():
    a = asyncio.create_task(child("a", 0.3))
    b = asyncio.create_task(child("b", 0.1))
    c = asyncio.create_task(child("c", 0.2))
    g = asyncio.gather(a, b, c)
    await asyncio.sleep(0.05)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("states:", a.cancelled(), b.done(), c.done())
    print("g.cancelled():", g.cancelled(), "g.done():", g.done())
    await asyncio.sleep(0.3)
    print("after:", b.result(), c.result())

    # with return_exceptions the cancelled child shows up as a CancelledError result
    d = asyncio.create_task(child("d", 0.3))
    e = asyncio.create_task(child("e", 0.1))
    g = asyncio.gather(d, e, return_exceptions=True)
    await asyncio.sleep(0.05)
    d.cancel()
    res = await g
    print([type(r).__name__ for r in res], res[1])
    print("g.cancelled():", g.cancelled())

asyncio.run(main())
