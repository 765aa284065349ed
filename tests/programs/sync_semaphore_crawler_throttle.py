# Throttled crawler: a global Semaphore plus one Semaphore per host; peak concurrency observed per host.
import asyncio

PAGES = {
    "a.com/": ["a.com/x", "b.com/", "a.com/y"],
    "a.com/x": ["a.com/z", "c.com/"],
    "a.com/y": ["b.com/q"],
    "a.com/z": [],
    "b.com/": ["b.com/p", "b.com/q", "c.com/"],
    "b.com/p": ["a.com/"],
    "b.com/q": ["c.com/r"],
    "c.com/": ["c.com/r", "c.com/s"],
    "c.com/r": [],
    "c.com/s": ["a.com/z"],
}
COST = {"a.com": 0.25, "b.com": 0.5, "c.com": 0.125}


async def main():
    loop = asyncio.get_running_loop()
    total = asyncio.Semaphore(3)
    per_host = {h: asyncio.Semaphore(1 if h == "b.com" else 2) for h in sorted(COST)}
    active = {h: 0 for h in COST}
    peak = {h: 0 for h in COST}
    running = 0
    peak_total = 0
    seen = set()
    log = []

    async def fetch(url):
        nonlocal running, peak_total
        host = url.split("/")[0]
        async with total:
            async with per_host[host]:
                running += 1
                active[host] += 1
                peak_total = max(peak_total, running)
                peak[host] = max(peak[host], active[host])
                log.append(f"{loop.time():6.3f} GET {url}")
                await asyncio.sleep(COST[host])
                active[host] -= 1
                running -= 1
        return PAGES.get(url, [])

    async def crawl(url, depth):
        links = await fetch(url)
        children = []
        for link in links:
            if link not in seen:
                seen.add(link)
                children.append(crawl(link, depth + 1))
        await asyncio.gather(*children)

    seen.add("a.com/")
    await crawl("a.com/", 0)
    for line in log:
        print(line)
    print("pages fetched:", len(log), "distinct:", len(seen))
    print("peak total:", peak_total)
    print("peak per host:", sorted(peak.items()))
    print("finished at", loop.time())
    print("semaphores free:", [not s.locked() for s in per_host.values()], not total.locked())


asyncio.run(main())
