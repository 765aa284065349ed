# Rate-limited fake crawler: Semaphore bounds concurrency, BFS over an in-memory link graph, failures retried once.
import asyncio

LINKS = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/broken"],
    "/c": [],
    "/a/1": ["/c"],
    "/a/2": [],
    "/b/1": ["/a/2", "/deep"],
    "/deep": ["/deep/er"],
    "/deep/er": [],
}
FLAKY = {"/b/1"}

class FetchError(Exception):
    pass

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    attempts = {}
    events = []

    async def fetch(url):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            attempts[url] = attempts.get(url, 0) + 1
            events.append(f"{loop.time() - start:.2f} GET {url} (active={active})")
            try:
                await asyncio.sleep(0.01 * (1 + len(url)))
                if url in FLAKY and attempts[url] == 1:
                    raise FetchError(f"{url}: 503")
                if url not in LINKS:
                    raise FetchError(f"{url}: 404")
                return LINKS[url]
            finally:
                active -= 1

    async def fetch_retry(url):
        try:
            return await fetch(url)
        except FetchError as e:
            if "503" in str(e):
                events.append(f"retry {url}")
                return await fetch(url)
            raise

    seen = {"/"}
    frontier = ["/"]
    depth = 0
    failed = []
    while frontier:
        results = await asyncio.gather(*(fetch_retry(u) for u in frontier), return_exceptions=True)
        nxt = []
        for url, res in zip(frontier, results):
            if isinstance(res, Exception):
                failed.append(str(res))
                continue
            for link in res:
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        print(f"depth {depth}: fetched {frontier} -> new {nxt}")
        frontier = nxt
        depth += 1
    for e in events:
        print(" ", e)
    print("peak concurrency:", peak)
    print("failed:", failed)
    print("attempts:", sorted(attempts.items()))

asyncio.run(main())
