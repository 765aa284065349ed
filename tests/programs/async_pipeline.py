# An async data pipeline: async generators, async comprehensions, await inside comprehensions, async with and TaskGroup.
import asyncio

class Throttle:
    """Async context manager that records how many jobs ran inside it."""
    def __init__(self):
        self.entered = 0
    async def __aenter__(self):
        self.entered += 1
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        return False

async def source(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.015625)
        yield i

async def enrich(i, throttle):
    async with throttle:
        await asyncio.sleep(0.0078125 * (i % 3))
        return {"id": i, "square": i * i}

async def stage(numbers):
    async for n in numbers:
        if n % 2:
            yield n * 10

async def main():
    throttle = Throttle()
    raw = [n async for n in source(6)]
    print("raw:", raw)
    rows = [await enrich(i, throttle) for i in raw if i != 4]
    print("rows:", rows)
    by_id = {r["id"]: r["square"] async for r in agen_of(rows)}
    print("by id:", by_id)
    print("odd x10:", [x async for x in stage(source(7))])
    results = {}
    async with asyncio.TaskGroup() as tg:
        for i in raw:
            tg.create_task(store(i, throttle, results))
    print("stored:", dict(sorted(results.items())), "throttle entered", throttle.entered, "times")
    squares = [(await enrich(i, throttle))["square"] for i in range(3)]
    print("squares:", squares, "sum:", sum(squares), "entered:", throttle.entered)

async def agen_of(items):
    for item in items:
        yield item

async def store(i, throttle, results):
    results[i] = (await enrich(i, throttle))["square"]

asyncio.run(main())
