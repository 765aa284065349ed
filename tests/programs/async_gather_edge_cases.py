# gather's edge cases: one child for a repeated argument, awaitables, done
# futures, the first error, cancelled children, cancelling gather, bad arguments.
import asyncio

class Aw:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "aw"

async def val(x, d=0.0):
    await asyncio.sleep(d)
    return x

async def boom(d):
    await asyncio.sleep(d)
    raise ValueError(f"boom {d}")

async def main():
    c = val(1)
    print(await asyncio.gather(c, c, val(2), Aw()))
    f = asyncio.get_running_loop().create_future()
    f.set_result("done")
    print(await asyncio.gather(f, val(3), f))
    print(await asyncio.gather(val(1, 0.2), boom(0.1), return_exceptions=True))
    try:
        await asyncio.gather(val(1, 0.2), boom(0.1), boom(0.15))
    except ValueError as e:
        print("raised", e)
    await asyncio.sleep(0.3)
    t = asyncio.create_task(val(5, 1))
    g = asyncio.gather(t, val(6, 0.5), return_exceptions=True)
    await asyncio.sleep(0.1)
    t.cancel("bye")
    print(await g)
    g = asyncio.gather(val(7, 1), val(8, 1))
    await asyncio.sleep(0)
    print(g.cancel("stop"), g.cancelled())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    try:
        asyncio.gather(1)
    except TypeError as e:
        print(e)
    other = asyncio.new_event_loop()
    fo = other.create_future()
    try:
        asyncio.gather(val(1), fo)
    except ValueError as e:
        print(e)
    other.close()
    print(await asyncio.gather())
    g = asyncio.gather(val(9))
    print(type(g).__name__, g.done())
    print(await g)

asyncio.run(main())
