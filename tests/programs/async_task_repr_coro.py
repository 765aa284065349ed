# Task reprs in pending/finished/cancelled/failed states, and get_coro() returning the wrapped coroutine.
import asyncio
import re

def r(t):
    # co_filename may be absolute or relative depending on how the script was started
    return re.sub(r"\S*/(async_task_repr_coro\.py)", r"\1", repr(t))

async def work(x):
    await asyncio.sleep(0.1)
    return x + 1

async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def main():
    c = work(1)
    t = asyncio.create_task(c, name="worker")
    print("get_coro is the coroutine:", t.get_coro() is c)
    print("coroutine name:", t.get_coro().__name__, t.get_coro().__qualname__)
    print(r(t))
    await asyncio.sleep(0)
    print(r(t))
    await t
    print(r(t))
    f = asyncio.create_task(fail(), name="failer")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(r(f))
    print(repr(f.exception()))
    k = asyncio.create_task(work(5), name="killed")
    await asyncio.sleep(0)
    k.cancel()
    print(r(k))
    try:
        await k
    except asyncio.CancelledError:
        pass
    print(r(k))

asyncio.run(main())
