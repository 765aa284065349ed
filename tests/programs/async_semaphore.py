# asyncio.Semaphore limits concurrency: at most N downloads in flight at once.
import asyncio

active = 0
peak = 0

async def download(name, size, sem, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"start {name} (active={active})")
        await asyncio.sleep(size / 8)  # exact binary fractions: ties resolve first-in-first-out
        active -= 1
        log.append(f"done {name}")
    return size * 1000

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    files = [("a.txt", 3), ("b.txt", 1), ("c.txt", 2), ("d.txt", 1), ("e.txt", 4)]
    sizes = await asyncio.gather(*(download(n, s, sem, log) for n, s in files))
    for line in log:
        print(line)
    print("bytes:", sizes, "total:", sum(sizes), "peak concurrency:", peak)
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside bounded, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
