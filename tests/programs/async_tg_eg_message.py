# TaskGroup ExceptionGroup: message, str(), sub-exception order (completion order), derive via split/subgroup.
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("late"), 0.2))
            tg.create_task(fail(ValueError("early"), 0.1))
            tg.create_task(fail(TypeError("same time"), 0.1))
    except BaseException as e:
        print(type(e).__name__)
        print(e.message)
        print(str(e))
        print([repr(x) for x in e.exceptions])
        match, rest = e.split(ValueError)
        print(repr(match), type(match).__name__)
        print(rest.message, [repr(x) for x in rest.exceptions])
        sub = e.subgroup(lambda x: isinstance(x, (TypeError, ValueError)))
        print(sub.message, len(sub.exceptions))
        print(e.subgroup(ZeroDivisionError))

    # exceptions raised at the same moment
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fail(ArithmeticError(i), 0.05))
    except ExceptionGroup as e:
        print(str(e), [x.args for x in e.exceptions])

    # one error: still a group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(OSError(2, "nope"), 0))
    except ExceptionGroup as e:
        print(str(e), repr(e.exceptions[0]), e.exceptions[0].errno)

    # BaseExceptionGroup when a non-Exception is involved? (KeyboardInterrupt-free: use a custom BaseException)
    class Stop(BaseException):
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(Stop("halt"), 0))
            tg.create_task(fail(ValueError("v"), 0.5))
    except BaseException as e:
        print(type(e).__name__, repr(e))

asyncio.run(main())
