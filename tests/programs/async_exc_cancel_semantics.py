# CancelledError is a BaseException: `except Exception` misses it; errors raised while cancelling replace it.
import asyncio

async def careless(log):
    try:
        await asyncio.sleep(1)
    except Exception as e:
        log.append(f"except Exception caught {type(e).__name__}")
    finally:
        log.append("careless finally")

async def converts(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("converting cancel into ValueError")
        raise ValueError("converted")

async def main():
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    log = []
    t = asyncio.create_task(careless(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("careless task was cancelled")
    print(log, t.cancelled())

    log = []
    t = asyncio.create_task(converts(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        log.append(f"awaiter sees {e!r}; cancelled()={t.cancelled()}")
        log.append(f"context: {type(e.__context__).__name__}")
    print(log)

    # cancel message
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # cancelling a task that already finished
    t = asyncio.create_task(asyncio.sleep(0, result="r"))
    await t
    print("cancel finished:", t.cancel(), t.result())

    # a task whose coroutine returns right after catching cancel is not "cancelled"
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())
