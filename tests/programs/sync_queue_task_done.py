# Queue.task_done/join: join waits for every task_done; too many task_done calls raise ValueError.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("task_done on fresh queue:", e)

    print("join on empty queue returns at once:", await q.join())

    log = []
    for i in range(5):
        q.put_nowait(i)
    print("unfinished:", str(q))

    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.1 * (item + 1))
            log.append(f"{name} finished {item}")
            q.task_done()

    async def joiner(name):
        await q.join()
        log.append(f"{name} sees join complete")

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    joiners = [asyncio.create_task(joiner(f"j{i}")) for i in range(2)]
    await asyncio.sleep(0.25)
    print("mid:", str(q))
    await q.join()
    log.append("main sees join complete")
    await asyncio.gather(*joiners)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for line in log:
        print(line)
    print("after join:", str(q))

    # get() without task_done keeps join blocked
    q.put_nowait("x")
    await q.get()
    try:
        await asyncio.wait_for(q.join(), 0.5)
    except asyncio.TimeoutError:
        print("join timed out: one task still unfinished:", str(q))
    q.task_done()
    await q.join()
    print("join ok now")
    try:
        q.task_done()
    except ValueError as e:
        print("extra task_done:", type(e).__name__, e)

    # task_done may be called before get (it only counts)
    q.put_nowait("a")
    q.task_done()
    await q.join()
    print("join with item still queued:", str(q), q.qsize())


asyncio.run(main())
