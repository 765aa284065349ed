# How a TaskGroup's parent is cancelled and uncancelled: a failing child
# cancels the body, an error raised from the body's finally joins the
# group, an outside cancel while a child fails later, create_task(42).
import asyncio

async def fail(n, exc):
    await asyncio.sleep(n)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError(1)))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled, current task cancelling:", asyncio.current_task().cancelling())
                raise
    except* ValueError as eg:
        print("value errors", eg.exceptions)
    print("current cancelling after:", asyncio.current_task().cancelling())

    # errors in both body and after: body raises during abort
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, KeyError("k")))
            try:
                await asyncio.sleep(1)
            finally:
                raise RuntimeError("from finally")
    except* (KeyError, RuntimeError) as eg:
        print(sorted(type(e).__name__ for e in eg.exceptions))

    # cancellation of the group's parent from outside, with a child failing too
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.2, OSError("late")))
            await asyncio.sleep(5)
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled cleanly")
    except BaseExceptionGroup as eg:
        print("group:", eg)

    # create_task of a non-coroutine
    async with asyncio.TaskGroup() as tg:
        try:
            tg.create_task(42)
        except TypeError as e:
            print("TypeError:", e)
    print("done")

asyncio.run(main())
