# Three-stage pipeline (parse -> enrich -> store) with bounded queues and sentinel shutdown; prints a timeline.
import asyncio

DONE = object()

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    def t():
        return f"{loop.time() - start:5.2f}"

    raw = ["3", "x", "10", "7", "", "42"]
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue(maxsize=1)
    stored = []
    errors = []

    async def source():
        for line in raw:
            await q1.put(line)
            print(t(), "source put", repr(line))
        await q1.put(DONE)
        print(t(), "source done")

    async def parse():
        while (item := await q1.get()) is not DONE:
            await asyncio.sleep(0.01)
            try:
                n = int(item)
            except ValueError as e:
                errors.append(str(e))
                print(t(), "parse rejected", repr(item))
                continue
            await q2.put(n)
            print(t(), "parse forwarded", n)
        await q2.put(DONE)

    async def enrich_and_store():
        while (n := await q2.get()) is not DONE:
            await asyncio.sleep(0.03)
            rec = {"n": n, "square": n * n, "even": n % 2 == 0}
            stored.append(rec)
            print(t(), "stored", rec)

    await asyncio.gather(source(), parse(), enrich_and_store())
    print("stored", len(stored), "records; errors:")
    for e in errors:
        print("  ", e)
    print("total of squares:", sum(r["square"] for r in stored))

asyncio.run(main())
