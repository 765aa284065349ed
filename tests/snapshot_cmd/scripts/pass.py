import asyncio

async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, "after", delay, "s")

async def main():
    # An hour of sleeping: no time at all on the virtual clock.
    await asyncio.gather(tick("slow", 3600), tick("fast", 1))

asyncio.run(main())
