# What a TaskGroup raises: several failures in the order they happened, the
# body's own error joining its children's, a SystemExit from a child passed
# on as it is, and a cancelled parent seeing CancelledError.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def sleeper(delay, log, name):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def several():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.2, KeyError("b")))
            tg.create_task(fail_after(0.1, ValueError("a")))
            tg.create_task(fail_after(0.1, TypeError("c")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])


async def body_error():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1, log, "s1"))
            tg.create_task(fail_after(0.5, OSError("child")))
            await asyncio.sleep(0.1)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions], log)
        print(eg.__cause__, eg.__suppress_context__)


async def base_error():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1, log, "s"))
            tg.create_task(fail_after(0.1, SystemExit(3)))
    except SystemExit as e:
        print("SystemExit", e.code, log)


async def cancelled_parent():
    log = []

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1, log, "a"))
            tg.create_task(sleeper(2, log, "b"))
        log.append("not reached")

    t = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        # (sorted: 3.11 cancels a group's tasks in the order of a set)
        print("parent cancelled:", e.args, sorted(log), t.cancelled())


async def nested_failure():
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(sleeper(1, log, "inner"))
                    inner.create_task(fail_after(0.1, ValueError("deep")))
            outer.create_task(inner_group())
            outer.create_task(sleeper(2, log, "outer"))
    except ExceptionGroup as eg:
        print(repr(eg), log)
        print(repr(eg.exceptions[0].exceptions[0]))


async def main():
    await several()
    await body_error()
    await base_error()
    await cancelled_parent()
    await nested_failure()


asyncio.run(main())
