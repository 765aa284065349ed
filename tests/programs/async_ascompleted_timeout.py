# as_completed(timeout=...): TimeoutError raised from the awaitable once the deadline passes.
import asyncio

async def job(name, delay, log):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} done")
    return name

async def main():
    log = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(n, d, log)) for n, d in [("a", 0.1), ("b", 0.5), ("c", 0.2), ("d", 0.9)]]
    got = []
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.3):
            r = await aw
            got.append(r)
            print("got", r, "at", round(loop.time() - start, 2))
    except asyncio.TimeoutError:
        print("TimeoutError at", round(loop.time() - start, 2), "got", got)
    print("pending tasks still running:", [t.done() for t in tasks])
    await asyncio.sleep(1)
    print(log)
    print([t.result() for t in tasks])

    # a timeout that is never hit
    res = []
    for aw in asyncio.as_completed([job("x", 0.1, log), job("y", 0.05, log)], timeout=10):
        res.append(await aw)
    print(res)

    # is TimeoutError the builtin one in 3.11?
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
