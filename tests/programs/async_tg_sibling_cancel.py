# TaskGroup: one failing task cancels its running siblings; finished siblings keep results; cleanup runs.
import asyncio

log = []

async def worker(name, delay):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        await asyncio.sleep(0.01)
        log.append(f"{name} cleanup finished")
        raise
    log.append(f"{name} done")
    return name

async def failer(delay):
    log.append("failer start")
    await asyncio.sleep(delay)
    log.append("failer raising")
    raise ValueError("failer broke")

async def main():
    tasks = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks["fast"] = tg.create_task(worker("fast", 0.05))
            tasks["slow1"] = tg.create_task(worker("slow1", 1))
            tasks["fail"] = tg.create_task(failer(0.1))
            tasks["slow2"] = tg.create_task(worker("slow2", 2))
            log.append("body end")
    except* ValueError as eg:
        log.append(f"caught {eg.exceptions!r}")
    # TaskGroup cancels its children in set order, so print cancellation lines sorted
    for line in [l for l in log if "cancel" not in l and "cleanup" not in l]:
        print(line)
    print(sorted(l for l in log if "cancel" in l or "cleanup" in l))
    for name, t in tasks.items():
        state = "cancelled" if t.cancelled() else ("error" if t.exception() else t.result())
        print(f"{name}: {state}")

    # a task that swallows cancellation still lets the group finish
    log.clear()
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("stubborn swallowed cancel")
        return "stubborn result"
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            tg.create_task(failer(0.05))
    except* ValueError as eg:
        log.append(f"caught {len(eg.exceptions)}")
    print(log, s.result())

asyncio.run(main())
