# asyncio.wait(ALL_COMPLETED) with and without timeout; wait_for-free polling loop over a pending set.
import asyncio

async def job(name, delay, log):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name}:cancelled")
        raise
    log.append(f"{name}:done")
    return delay

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    log = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    ts = [asyncio.create_task(job(f"j{i}", 0.1 * i, log), name=f"j{i}") for i in range(1, 6)]
    done, pending = await asyncio.wait(ts, timeout=0.25)
    print("after 0.25:", names(done), names(pending), round(loop.time() - start, 3))
    print(log)
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("after 0.35:", names(done), names(pending), round(loop.time() - start, 3))
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", names(done), names(pending), [t.cancelled() for t in sorted(done, key=lambda t: t.get_name())])
    print(log)

    # all complete before the timeout: returns early
    start = loop.time()
    ts = [asyncio.create_task(job(f"k{i}", 0.01, log), name=f"k{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, timeout=5)
    print(names(done), names(pending), round(loop.time() - start, 3))

    # a polling loop
    ts = {asyncio.create_task(job(f"p{i}", 0.07 * i, log), name=f"p{i}") for i in range(4)}
    tick = 0
    while ts:
        done, ts = await asyncio.wait(ts, timeout=0.1)
        print(f"tick {tick}: +{names(done)} remaining {names(ts)}")
        tick += 1

    # wait accepts futures
    f = loop.create_future()
    loop.call_later(0.05, f.set_result, 1)
    done, pending = await asyncio.wait([f], timeout=1)
    print(len(done), len(pending), f.result())

asyncio.run(main())
