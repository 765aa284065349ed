# Cancellation reaching a task through nested awaits: a coroutine awaiting
# a coroutine awaiting a future, Event.wait, Queue.join, sleep(0) loops, a
# cancel before the first step, a future shared by two awaiting tasks.
# Cancellation reaching a task through nested awaits: a coroutine awaiting
# a coroutine awaiting a future, an Event, a Queue, sleep(0) loops.
import asyncio


async def deep(fut, log):
    try:
        return await fut
    except asyncio.CancelledError as e:
        log.append(("deep", e.args))
        raise


async def middle(fut, log):
    try:
        return await deep(fut, log)
    finally:
        log.append("middle finally")


async def spinner(log):
    n = 0
    try:
        while True:
            await asyncio.sleep(0)
            n += 1
    except asyncio.CancelledError:
        log.append(("spinner", n))
        return "swallowed"


async def main():
    log = []
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(middle(fut, log))
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], fut)
    t.cancel("why")
    await asyncio.sleep(0)
    print(fut.cancelled(), t.cancelled(), log)

    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("event wait cancelled", ev.is_set())
    ev.set()
    print(await ev.wait())

    q = asyncio.Queue()
    q.put_nowait(1)
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    j.cancel()
    await asyncio.sleep(0)
    print("join cancelled:", j.cancelled(), q._unfinished_tasks if hasattr(q, "_unfinished_tasks") else "")
    q.get_nowait()
    q.task_done()
    await q.join()
    print("joined")

    s = asyncio.create_task(spinner(log))
    for _ in range(3):
        await asyncio.sleep(0)
    s.cancel()
    print(await s, log[-1])

    # cancel() before the first step, and uncancel bookkeeping
    t2 = asyncio.create_task(middle(loop.create_future(), log))
    t2.cancel()
    t2.cancel()
    print(t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled before running:", t2.cancelled(), log[-1])

    # A future awaited by two tasks, one of them cancelled
    shared = loop.create_future()
    a = asyncio.create_task(deep(shared, log))
    b = asyncio.create_task(deep(shared, log))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print(shared.cancelled(), a.cancelled(), b.done(), b.cancelled())


asyncio.run(main())
