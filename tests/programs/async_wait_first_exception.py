# asyncio.wait(FIRST_EXCEPTION): returns at the first exception, or when all finish if none raise.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"  {name} ok")
    return name

async def bad(name, delay):
    await asyncio.sleep(delay)
    print(f"  {name} raising")
    raise RuntimeError(name)

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    ts = [
        asyncio.create_task(ok("a", 0.1), name="a"),
        asyncio.create_task(bad("b", 0.2), name="b"),
        asyncio.create_task(ok("c", 0.3), name="c"),
        asyncio.create_task(bad("d", 0.4), name="d"),
    ]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print("  ", t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(pending)
    print("rest done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print("  ", t.get_name(), repr(t.exception()))

    # no exceptions: behaves like ALL_COMPLETED
    ts = [asyncio.create_task(ok(n, d), name=n) for n, d in [("x", 0.2), ("y", 0.1)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done", names(done), "pending", names(pending))

    # cancellation is not an exception for FIRST_EXCEPTION purposes
    c = asyncio.create_task(ok("cancelme", 1), name="cancelme")
    o = asyncio.create_task(ok("other", 0.2), name="other")
    asyncio.get_running_loop().call_later(0.05, c.cancel)
    done, pending = await asyncio.wait([c, o], return_when=asyncio.FIRST_EXCEPTION)
    print("done", names(done), "pending", names(pending), c.cancelled())

    # with timeout
    s = asyncio.create_task(ok("s", 1), name="s")
    done, pending = await asyncio.wait([s], timeout=0.1, return_when=asyncio.FIRST_EXCEPTION)
    print("timeout: done", names(done), "pending", names(pending))
    s.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
