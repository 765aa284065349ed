# A cancelled task may await again inside except/finally blocks for cleanup before re-raising.
import asyncio

async def resource(name):
    print(f"{name}: acquire")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name}: cancelled, flushing")
        await asyncio.sleep(0.1)
        print(f"{name}: flushed")
        raise
    finally:
        print(f"{name}: finally, releasing")
        await asyncio.sleep(0.05)
        print(f"{name}: released")

async def ignores_first():
    n = 0
    while True:
        try:
            await asyncio.sleep(1)
            print("ignores_first: slept")
        except asyncio.CancelledError:
            n += 1
            print("ignores_first: cancel", n)
            if n >= 2:
                raise

async def main():
    t = asyncio.create_task(resource("r1"))
    await asyncio.sleep(0.2)
    t.cancel()
    print("main: cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        print("main: r1 cancelled, cancelled() =", t.cancelled())

    u = asyncio.create_task(resource("r2"))
    await asyncio.sleep(0)
    u.cancel()
    await asyncio.sleep(0.05)
    print("main: cancel r2 again during cleanup")
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print("main: r2 done:", u.done())

    v = asyncio.create_task(ignores_first())
    await asyncio.sleep(0.5)
    v.cancel()
    await asyncio.sleep(1.5)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print("main: ignores_first finally cancelled")

asyncio.run(main())
