# gather(return_exceptions=True): exceptions (incl. CancelledError of a cancelled child) become results, in argument order.
import asyncio

async def value(name, delay):
    print(f"  {name}: start")
    await asyncio.sleep(delay)
    print(f"  {name}: done")
    return name

async def boom(name, delay, exc):
    print(f"  {name}: start")
    await asyncio.sleep(delay)
    print(f"  {name}: raising {type(exc).__name__}")
    raise exc

async def main():
    results = await asyncio.gather(
        value("a", 0.3),
        boom("b", 0.1, ValueError("bad b")),
        value("c", 0.2),
        boom("d", 0.05, KeyError("dk")),
        return_exceptions=True,
    )
    for r in results:
        print(type(r).__name__, repr(r))

    victim = asyncio.create_task(value("victim", 1.0))
    other = asyncio.create_task(value("other", 0.2))
    async def killer():
        await asyncio.sleep(0.1)
        print("  killer: cancelling victim")
        victim.cancel()
        return "killed"
    results = await asyncio.gather(victim, other, killer(), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(results[1:], victim.cancelled())

    # exceptions are the very objects raised
    err = RuntimeError("same object")
    async def raise_it():
        raise err
    r = await asyncio.gather(raise_it(), return_exceptions=True)
    print(r[0] is err, r)

    # a custom BaseException subclass (not Exception) is returned too
    class Halt(BaseException):
        pass
    async def halt():
        raise Halt("h")
    r = await asyncio.gather(halt(), value("e", 0.01), return_exceptions=True)
    print(repr(r[0]), r[1])

asyncio.run(main())
