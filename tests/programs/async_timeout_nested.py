# Nested asyncio.timeout blocks: the inner or outer deadline fires, and only the block that expired raises TimeoutError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 6)

    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.2) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner fired at", el(), "inner expired", inner.expired(), "outer expired", outer.expired())
            await asyncio.sleep(0.3)
            print("outer still alive at", el())
    except TimeoutError:
        print("outer should not fire")

    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(5)
            except TimeoutError:
                print("inner block saw TimeoutError (wrong)")
            except asyncio.CancelledError:
                print("inner block sees CancelledError when outer fires; inner expired", inner.expired())
                raise
    except TimeoutError:
        print("outer fired at", el(), "outer expired", outer.expired())

    try:
        async with asyncio.timeout(0.5) as a:
            async with asyncio.timeout(0.5) as b:
                await asyncio.sleep(5)
    except TimeoutError:
        print("equal deadlines: a expired", a.expired(), "b expired", b.expired(), "at", el())

    async def worker():
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    try:
        async with asyncio.timeout(1):
            await worker()
    except TimeoutError:
        print("timeout from a callee propagates out of the outer block at", el())

    try:
        async with asyncio.timeout(0.3):
            await asyncio.wait_for(asyncio.sleep(5), 0.1)
    except TimeoutError:
        print("wait_for inside timeout: inner wait_for fired at", el())

asyncio.run(main())
