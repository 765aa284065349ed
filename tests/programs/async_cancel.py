# Task cancellation: cancel(), CancelledError inside the task, cleanup in finally, cancelled() state.
import asyncio

async def long_job(name, log):
    try:
        log.append(f"{name} started")
        await asyncio.sleep(10)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} got CancelledError")
        raise
    finally:
        log.append(f"{name} cleanup")

async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn swallowed cancel")
    return "stubborn result"

async def main():
    log = []
    task = asyncio.create_task(long_job("job", log))
    await asyncio.sleep(0.1)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(task.cancelled(), task.done(), log)
    print("cancel again:", task.cancel())

    log = []
    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), log)

    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    log = []
    tasks = [asyncio.create_task(long_job(f"t{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    results = await asyncio.gather(*tasks[1:2], return_exceptions=True)
    print([type(r).__name__ for r in results])
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log)
    early = asyncio.create_task(long_job("early", log))
    early.cancel()
    await asyncio.gather(early, return_exceptions=True)
    print("cancelled before start:", early.cancelled(), "early started" in log)

asyncio.run(main())
