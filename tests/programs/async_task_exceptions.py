# Exceptions in tasks: re-raised on await, exception() on a done task, and done callbacks.
import asyncio

async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def succeed(delay, value):
    await asyncio.sleep(delay)
    return value

async def main():
    t = asyncio.create_task(fail_after(0.1, ZeroDivisionError("inside task")))
    try:
        await t
    except ZeroDivisionError as e:
        print("awaited task raised:", e)
    print(t.done(), repr(t.exception()))

    events = []
    good = asyncio.create_task(succeed(0.05, "value"))
    good.add_done_callback(lambda task: events.append(f"callback saw {task.result()!r}"))
    await good
    await asyncio.sleep(0)
    print(events)

    pending = asyncio.create_task(succeed(1, "late"))
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    pending.cancel()
    try:
        await pending
    except asyncio.CancelledError:
        print("cancelled; exception() would raise CancelledError")

    results = []
    for coro in [succeed(0.01, 1), fail_after(0.01, KeyError("k")), succeed(0.01, 3)]:
        try:
            results.append(await coro)
        except KeyError as e:
            results.append(f"error {e}")
    print(results)

    async def cleanup_on_error():
        try:
            await fail_after(0, RuntimeError("inner"))
        finally:
            print("finally inside coroutine runs")
    try:
        await cleanup_on_error()
    except RuntimeError as e:
        print("propagated:", e)

asyncio.run(main())
