# async_downloads.py -- fake concurrent downloads with gather and a semaphore.
#
# Shows: asyncio.gather collecting results in argument order,
# return_exceptions=True to keep going past failures, a Semaphore to
# limit how many "connections" are open, and timeouts with wait_for.

import asyncio

# (url, size in KB, seconds it takes, whether it fails)
FILES = [
    ("https://example.org/a.html", 12, 0.3, False),
    ("https://example.org/b.png", 250, 0.8, False),
    ("https://example.org/c.css", 4, 0.1, False),
    ("https://example.org/missing", 0, 0.2, True),
    ("https://example.org/d.js", 90, 0.5, False),
]


class DownloadError(Exception):
    pass


async def download(url, size, seconds, fails, limit, log):
    async with limit:                  # at most N downloads at once
        log.append(f"start {url.rsplit('/', 1)[1]}")
        await asyncio.sleep(seconds)
        if fails:
            raise DownloadError(f"404 for {url}")
        log.append(f"done  {url.rsplit('/', 1)[1]}")
        return size


async def main():
    limit = asyncio.Semaphore(2)
    log = []
    results = await asyncio.gather(
        *(download(*f, limit, log) for f in FILES),
        return_exceptions=True,        # failures come back as values
    )
    print("\n".join(log))
    print()
    for (url, *_), result in zip(FILES, results):
        status = f"{result:>4} KB" if isinstance(result, int) else f"failed: {result}"
        print(f"{url:<30} {status}")
    ok = [r for r in results if isinstance(r, int)]
    print(f"{len(ok)}/{len(FILES)} downloaded, {sum(ok)} KB in total")

    try:
        await asyncio.wait_for(download("https://slow.example/x", 1, 5, False, limit, log), timeout=1)
    except asyncio.TimeoutError:
        print("the slow server timed out after 1 s")


asyncio.run(main())
