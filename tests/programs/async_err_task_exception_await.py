# An exception raised inside a task propagates to every awaiter with its traceback chain; exception() returns it.
import asyncio

class AppError(Exception):
    pass

async def failing(n):
    await asyncio.sleep(0.1 * n)
    raise AppError(f"failure {n}")

async def chained():
    try:
        await failing(0)
    except AppError as e:
        raise ValueError("wrapped") from e

async def awaiter(tag, t):
    try:
        await t
    except AppError as e:
        print(tag, "caught", e)
        return tag

async def main():
    t = asyncio.create_task(failing(1))
    r = await asyncio.gather(awaiter("w1", t), awaiter("w2", t))
    print("gather:", r)
    print("exception():", repr(t.exception()), "done:", t.done(), "cancelled:", t.cancelled())
    try:
        t.result()
    except AppError as e:
        print("result() re-raises", e, e is t.exception())

    c = asyncio.create_task(chained())
    try:
        await c
    except ValueError as e:
        print("chained:", e, "<-", repr(e.__cause__))

    try:
        await failing(2)
    except AppError as e:
        print("direct await:", e)

    res = await asyncio.gather(failing(1), asyncio.sleep(0.2, "ok"), return_exceptions=True)
    print("return_exceptions:", [repr(x) for x in res])

    try:
        await asyncio.gather(failing(3), failing(1))
    except AppError as e:
        print("gather raises first failure:", e)
    await asyncio.sleep(1)

asyncio.run(main())
