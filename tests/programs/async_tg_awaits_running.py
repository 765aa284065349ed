# Leaving `async with TaskGroup()` waits for all still-running tasks, including ones added late.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    async def job(name, delay):
        await asyncio.sleep(delay)
        log.append((name, round(loop.time() - start, 2)))
        return name

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.3))
        b = tg.create_task(job("b", 0.1))
        log.append(("body end", round(loop.time() - start, 2)))
    log.append(("exited", round(loop.time() - start, 2)))
    print(log)
    print(a.result(), b.result())

    log.clear()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("first", 0.1))
        await asyncio.sleep(0.2)
        tg.create_task(job("late", 0.2))
        log.append(("body end", round(loop.time() - start, 2)))
    log.append(("exited", round(loop.time() - start, 2)))
    print(log)

    # a child adds another child while the group is exiting
    log.clear()
    start = loop.time()
    async def parent(tg):
        await asyncio.sleep(0.1)
        tg.create_task(job("grandchild", 0.1))
        log.append(("parent done", round(loop.time() - start, 2)))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parent(tg))
    log.append(("exited", round(loop.time() - start, 2)))
    print(log)

    # empty group
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty ok", tg is not None)

asyncio.run(main())
