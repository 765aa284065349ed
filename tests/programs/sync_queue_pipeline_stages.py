# Three-stage pipeline (parse -> enrich -> store) over bounded queues with sentinel shutdown and join.
import asyncio

STOP = object()


async def main():
    loop = asyncio.get_running_loop()
    raw = asyncio.Queue(maxsize=2)
    parsed = asyncio.Queue(maxsize=2)
    enriched = asyncio.Queue()
    log = []
    stored = []

    async def source(lines):
        for line in lines:
            await raw.put(line)
            log.append(f"{loop.time():.2f} source -> {line!r}")
        await raw.put(STOP)
        log.append(f"{loop.time():.2f} source done")

    async def parser():
        while True:
            line = await raw.get()
            if line is STOP:
                raw.task_done()
                await parsed.put(STOP)
                log.append(f"{loop.time():.2f} parser done")
                return
            await asyncio.sleep(0.1)
            name, qty = line.split(":")
            await parsed.put((name, int(qty)))
            raw.task_done()
            log.append(f"{loop.time():.2f} parser -> {name}")

    async def enricher(workers):
        # fan out to a few sub-workers, each forwarding to `enriched`
        async def sub(i):
            while True:
                rec = await parsed.get()
                if rec is STOP:
                    parsed.task_done()
                    await parsed.put(STOP)  # let the next sub-worker see it too
                    return i
                name, qty = rec
                await asyncio.sleep(0.05 * (i + 1))
                await enriched.put((name, qty, qty * 10, f"e{i}"))
                parsed.task_done()
                log.append(f"{loop.time():.2f} enricher{i} -> {name}")

        done = await asyncio.gather(*(sub(i) for i in range(workers)))
        await enriched.put(STOP)
        log.append(f"{loop.time():.2f} enrichers done {done}")

    async def sink():
        while True:
            rec = await enriched.get()
            enriched.task_done()
            if rec is STOP:
                return
            stored.append(rec)

    lines = ["apple:3", "pear:1", "fig:7", "kiwi:2", "plum:5"]
    await asyncio.gather(source(lines), parser(), enricher(2), sink())
    for line in log:
        print(line)
    for rec in sorted(stored):
        print(rec)
    # the last STOP re-posted by a sub-worker is still in `parsed`
    print("left over:", raw.qsize(), parsed.qsize(), enriched.qsize())
    print("leftover is STOP:", parsed.get_nowait() is STOP)


asyncio.run(main())
