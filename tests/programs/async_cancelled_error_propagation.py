# CancelledError travels up through nested awaits; re-raising, wrapping, and swallowing change what the awaiter sees.
import asyncio

async def level3():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("level3 caught", e.args)
        raise

async def level2():
    try:
        await level3()
    except asyncio.CancelledError as e:
        print("level2 caught", e.args)
        raise

async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")

async def swallower():
    try:
        await level2()
    except asyncio.CancelledError:
        print("swallower swallowed")
    return "swallowed result"

async def new_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise asyncio.CancelledError("replaced message")

async def self_cancel():
    asyncio.current_task().cancel("self")
    print("self_cancel: requested, still running")
    await asyncio.sleep(0)
    print("not reached")

async def raise_directly():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("raised directly")

async def run(coro_fn, msg):
    t = asyncio.create_task(coro_fn())
    await asyncio.sleep(0)
    if msg is not None:
        t.cancel(msg)
    try:
        r = await t
        print(coro_fn.__name__, "returned", r, "cancelled():", t.cancelled())
    except asyncio.CancelledError as e:
        print(coro_fn.__name__, "-> CancelledError", e.args, "cancelled():", t.cancelled())

async def main():
    await run(level1, "deep")
    await run(swallower, "swallow me")
    await run(new_cancel, "original")
    await run(self_cancel, None)
    await run(raise_directly, None)
    print("CancelledError is BaseException only:", not issubclass(asyncio.CancelledError, Exception))
    try:
        try:
            raise asyncio.CancelledError()
        except Exception:
            print("wrongly caught by except Exception")
    except asyncio.CancelledError:
        print("except Exception does not catch CancelledError")

asyncio.run(main())
