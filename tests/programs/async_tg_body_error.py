# An exception in the body of `async with TaskGroup()` cancels the children and is part of the group.
import asyncio

log = []

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.1))
            tg.create_task(child("b", 0.5))
            await asyncio.sleep(0.2)
            log.append("body raising")
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", repr(eg))
    print(log)

    # body error plus child error
    log.clear()
    async def bad():
        await asyncio.sleep(0.05)
        raise ValueError("child")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
            tg.create_task(child("c", 1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append("body cancelled by child failure")
                raise IndexError("body after cancel")
    except ExceptionGroup as eg:
        print("group:", sorted(repr(e) for e in eg.exceptions))
    print(log)

    # body error with no running children
    try:
        async with asyncio.TaskGroup():
            raise ZeroDivisionError("alone")
    except* ZeroDivisionError as eg:
        print("alone:", repr(eg))

    # the body being cancelled from outside propagates CancelledError, not a group
    log.clear()
    async def holder():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("d", 1))
            await asyncio.sleep(1)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0.1)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("holder cancelled", h.cancelled(), log)

asyncio.run(main())
