# An unhandled TimeoutError from wait_for ends asyncio.run with status 1 after the earlier output.
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name

async def main():
    for name, delay in [("fast", 0.1), ("medium", 0.4), ("slow", 2.0)]:
        print("got", await asyncio.wait_for(fetch(name, delay), timeout=1.0))

asyncio.run(main())
