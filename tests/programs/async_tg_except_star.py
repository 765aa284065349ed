# except* against TaskGroup errors: splitting by type, tuples, unmatched rest re-raised, nested groups.
import asyncio

async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc

async def run(*excs):
    async with asyncio.TaskGroup() as tg:
        for exc in excs:
            tg.create_task(fail(exc, 0.01))

async def main():
    try:
        await run(ValueError(1), TypeError(2), ValueError(3), KeyError(4))
    except* ValueError as eg:
        print("ValueError:", [e.args[0] for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("Type/Key:", [e.args[0] for e in eg.exceptions])

    try:
        try:
            await run(ValueError("v"), OSError("o"))
        except* ValueError as eg:
            print("handled", eg.exceptions)
    except* OSError as eg:
        print("outer got rest:", type(eg).__name__, eg.exceptions)

    # nested TaskGroup produces nested ExceptionGroup
    async def inner_group():
        await run(ZeroDivisionError("z"), IndexError("i"))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(LookupError("l"), 0.05))
    except* ZeroDivisionError as eg:
        print("zde:", repr(eg))
    except* LookupError as eg:
        print("lookup:", repr(eg))

    # raising inside except* chains context
    try:
        try:
            await run(ValueError("inner"))
        except* ValueError:
            raise RuntimeError("replacement")
    except* RuntimeError as eg:
        r = eg.exceptions[0]
        print(repr(r), type(r.__context__).__name__, r.__context__.exceptions)

    # except* with no match lets it propagate unchanged
    try:
        try:
            await run(KeyError("k"))
        except* ValueError:
            print("not reached")
    except ExceptionGroup as eg:
        print("propagated:", eg.message, eg.exceptions)

asyncio.run(main())
