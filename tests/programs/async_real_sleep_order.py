# On the real clock: tasks sleeping different short times finish in order of
# their deadlines, and loop.time() moves forward by at least the sleep.
import asyncio


async def nap(name, seconds, log):
    await asyncio.sleep(seconds)
    log.append(name)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    await asyncio.gather(nap("slow", 0.06, log), nap("fast", 0.01, log), nap("middle", 0.03, log))
    print(log)
    print("waited at least 0.06 s:", loop.time() - start >= 0.06)


asyncio.run(main())
