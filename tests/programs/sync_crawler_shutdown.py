# A crawler: a Semaphore caps fetches in flight, a Queue feeds workers,
# an Event tells them to stop, and the pool is cancelled at the end while
# some workers wait on the queue and others on the semaphore.
import asyncio

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2"],
    "/b": ["/b/1"],
    "/c": [],
    "/a/1": [],
    "/a/2": ["/"],
    "/b/1": ["/c"],
}


async def fetch(sem, url, stats):
    async with sem:
        stats["in_flight"] += 1
        stats["peak"] = max(stats["peak"], stats["in_flight"])
        await asyncio.sleep(0.1 * (len(url) % 3 + 1))
        stats["in_flight"] -= 1
        return PAGES.get(url, [])


async def worker(name, queue, sem, seen, stats, stop):
    while not stop.is_set():
        url = await queue.get()
        try:
            links = await fetch(sem, url, stats)
            print(f"{name} fetched {url} -> {links}")
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    sem = asyncio.Semaphore(2)
    stop = asyncio.Event()
    seen = {"/"}
    stats = {"in_flight": 0, "peak": 0}
    queue.put_nowait("/")
    workers = [
        asyncio.create_task(worker(f"w{i}", queue, sem, seen, stats, stop), name=f"w{i}")
        for i in range(4)
    ]
    await queue.join()
    stop.set()
    print("crawled:", sorted(seen))
    print("peak in flight:", stats["peak"], "semaphore:", sem.locked())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("queue:", queue, "empty:", queue.empty())


asyncio.run(main())
