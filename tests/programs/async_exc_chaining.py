# Exception chaining (__cause__, __context__, __suppress_context__) through awaits and across tasks.
import asyncio

class AppError(Exception):
    pass

async def low():
    await asyncio.sleep(0.01)
    return {}["missing"]

async def mid():
    try:
        return await low()
    except KeyError as e:
        raise AppError("lookup failed") from e

async def implicit():
    try:
        await low()
    except KeyError:
        await asyncio.sleep(0.01)
        raise AppError("while handling")

async def suppressed():
    try:
        await low()
    except KeyError:
        raise AppError("no context") from None

def describe(e):
    parts = [repr(e)]
    while True:
        nxt = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
        kind = "cause" if e.__cause__ is not None else "context"
        if nxt is None:
            break
        parts.append(f"-{kind}-> {nxt!r}")
        e = nxt
    return " ".join(parts)

async def main():
    for fn in (mid, implicit, suppressed):
        try:
            await fn()
        except AppError as e:
            print(fn.__name__, ":", describe(e))
            print("   suppress_context:", e.__suppress_context__, "context:", repr(e.__context__))

    # across a task boundary the chain is kept
    t = asyncio.create_task(mid())
    try:
        await t
    except AppError as e:
        print("from task:", describe(e), e is t.exception())

    # re-raising in the awaiting coroutine adds context from the caller side
    async def wrapper():
        try:
            await asyncio.create_task(implicit())
        except AppError as e:
            raise RuntimeError("wrapper") from e
    try:
        await wrapper()
    except RuntimeError as e:
        print("wrapper:", describe(e))

    # __context__ is set when raising inside except even after an await switches tasks
    async def other():
        try:
            raise ZeroDivisionError("other task's error")
        except ZeroDivisionError:
            await asyncio.sleep(0.02)
    async def checker():
        try:
            raise IndexError("mine")
        except IndexError:
            await asyncio.sleep(0.01)
            try:
                raise ValueError("new")
            except ValueError as e:
                return repr(e.__context__)
    print(await asyncio.gather(other(), checker()))

asyncio.run(main())
