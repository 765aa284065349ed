# On the real clock: wait_for times out a slow coroutine and lets a fast one
# finish; asyncio.timeout cancels the block it guards.
import asyncio


async def work(seconds, value):
    await asyncio.sleep(seconds)
    return value


async def main():
    print(await asyncio.wait_for(work(0.01, "fast"), timeout=0.5))
    try:
        await asyncio.wait_for(work(0.5, "slow"), timeout=0.02)
    except TimeoutError:
        print("slow one timed out")
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout block expired")


asyncio.run(main())
