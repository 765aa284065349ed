# gather without return_exceptions: the first error propagates at once while the other children keep running.
import asyncio

log = []

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} finished")
    print(f"  {name} finished at step")
    return name

async def fail(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} failing")
    raise ValueError(name)

async def main():
    t1 = asyncio.create_task(worker("slow", 0.5))
    t2 = asyncio.create_task(worker("medium", 0.2))
    g = asyncio.gather(t1, fail("f1", 0.1), t2, fail("f2", 0.3))
    try:
        await g
    except ValueError as e:
        print("gather raised", repr(e))
    print("g.done:", g.done(), "t1.done:", t1.done(), "t2.done:", t2.done())
    print("log so far:", log)
    await asyncio.sleep(0.15)
    print("after 0.15 more:", log)
    await asyncio.sleep(0.5)
    print("at the end:", log)
    print("t1 result:", t1.result(), "t2 result:", t2.result())
    print("g.exception():", repr(g.exception()))
    # gathering an already failed task
    t3 = asyncio.create_task(fail("f3", 0))
    await asyncio.sleep(0.01)
    try:
        await asyncio.gather(t3, worker("after", 0.01))
    except ValueError as e:
        print("already-failed task:", repr(e))
    await asyncio.sleep(0.05)
    print(log[-2:])

asyncio.run(main())
