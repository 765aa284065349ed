# Nested gathers and tasks that spawn tasks: a fake crawler over an in-memory site map.
import asyncio

SITE = {
    "/": ["/docs", "/blog"],
    "/docs": ["/docs/intro", "/docs/api"],
    "/blog": ["/blog/post1"],
    "/docs/intro": [],
    "/docs/api": ["/docs/intro"],
    "/blog/post1": ["/"],
}

async def fetch(url):
    await asyncio.sleep(0.01 * len(url))
    return SITE.get(url, [])

async def crawl(url, seen, depth=0):
    if url in seen:
        return 0
    seen.add(url)
    links = await fetch(url)
    print("  " * depth + f"{url} -> {len(links)} links")
    counts = await asyncio.gather(*(crawl(link, seen, depth + 1) for link in links))
    return 1 + sum(counts)

async def main():
    seen = set()
    total = await crawl("/", seen)
    print("pages crawled:", total, sorted(seen))

    async def level(n):
        if n == 0:
            return [0]
        parts = await asyncio.gather(level(n - 1), level(n - 1))
        return [n] + parts[0] + parts[1]
    print(await level(3))

asyncio.run(main())
