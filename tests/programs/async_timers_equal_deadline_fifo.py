# Timers falling due at the same instant fire in the order they were scheduled, across call_later, call_at and sleep.
import asyncio

async def sleeper(tag, d):
    await asyncio.sleep(d)
    print("sleeper", tag, "woke")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for tag in ("c", "a", "b"):
        loop.call_later(0.5, print, "timer", tag)
    loop.call_at(t0 + 0.5, print, "timer at")
    tasks = [asyncio.create_task(sleeper(n, 0.5)) for n in ("s1", "s2")]
    loop.call_later(0.5, print, "timer after tasks created")
    loop.call_later(0.25, print, "earlier timer")
    await asyncio.sleep(0)
    loop.call_later(0.5, print, "timer scheduled one iteration later")
    await asyncio.gather(*tasks)
    print("gathered")
    await asyncio.sleep(1)
    print("done")

asyncio.run(main())
