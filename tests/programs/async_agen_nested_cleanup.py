# Async generators consuming other async generators: cleanup order on aclose, exceptions, and aclosing().
import asyncio
import contextlib

log = []

async def source(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            log.append(f"{name} yields {i}")
            yield i
    finally:
        log.append(f"{name} finally")

async def mapper(agen, f):
    try:
        async for x in agen:
            yield f(x)
    finally:
        log.append("mapper finally")
        await agen.aclose()
        log.append("mapper closed source")

async def main():
    m = mapper(source("s1", 5), lambda x: x * 10)
    print(await anext(m), await anext(m))
    await m.aclose()
    for line in log:
        print(" ", line)

    log.clear()
    async with contextlib.aclosing(mapper(source("s2", 5), str)) as m:
        async for v in m:
            log.append(f"got {v!r}")
            if v == "1":
                break
        log.append("after break")
    log.append("after aclosing")
    for line in log:
        print(" ", line)

    # an exception inside the consumer body propagates and aclosing still closes
    log.clear()
    try:
        async with contextlib.aclosing(source("s3", 3)) as s:
            async for v in s:
                if v == 1:
                    raise ValueError("consumer failed")
    except ValueError as e:
        log.append(f"caught {e}")
    print(log)

    # running flag
    async def watcher():
        yield 1
    w = watcher()
    print(w.ag_running, await anext(w), w.ag_running)
    await w.aclose()

asyncio.run(main())
