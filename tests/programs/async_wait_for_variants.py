# wait_for: completes in time, times out (inner cancelled, TimeoutError), timeout=None, timeout=0, and on futures.
import asyncio

async def job(d, tag):
    try:
        await asyncio.sleep(d)
        print(f"{tag} finished")
        return tag
    except asyncio.CancelledError:
        print(f"{tag} cancelled by wait_for")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 6)
    print(await asyncio.wait_for(job(0.1, "fast"), 1), el())
    try:
        await asyncio.wait_for(job(1, "slow"), 0.2)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, el())
    print(await asyncio.wait_for(job(0.3, "none"), None), el())
    try:
        await asyncio.wait_for(job(0.1, "zero"), 0)
    except TimeoutError:
        print("timeout=0 raises at once", el())
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "future value")
    print(await asyncio.wait_for(f, 0.5), el())
    g = loop.create_future()
    try:
        await asyncio.wait_for(g, 0.1)
    except TimeoutError:
        print("future cancelled by timeout:", g.cancelled(), el())
    t = asyncio.create_task(job(0.5, "task"))
    try:
        await asyncio.wait_for(t, 0.1)
    except TimeoutError:
        await asyncio.sleep(0)
        print("task cancelled by timeout:", t.cancelled(), el())
    done = loop.create_future()
    done.set_result("already")
    print(await asyncio.wait_for(done, 0), el())
    async def immediate():
        return "immediate"
    try:
        print(await asyncio.wait_for(immediate(), 0))
    except TimeoutError:
        print("immediate coroutine with timeout=0 timed out")
    async def boom():
        await asyncio.sleep(0.05)
        raise KeyError("inner")
    try:
        await asyncio.wait_for(boom(), 1)
    except KeyError as e:
        print("inner exception passes through:", repr(e), el())

asyncio.run(main())
