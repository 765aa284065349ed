# An unhandled ExceptionGroup from a TaskGroup ends asyncio.run with status 1.
import asyncio

async def step(n):
    await asyncio.sleep(0.1 * n)
    if n % 2:
        raise ValueError(f"odd step {n}")
    print("step", n, "ok")

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (0, 2, 1, 3):
            tg.create_task(step(n))
    print("not reached")

asyncio.run(main())
