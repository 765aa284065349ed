# Class-based async iterators: break/continue, else, nesting, state shared across tasks.
import asyncio

class Paginator:
    """Fake paginated API: yields items page by page, 'fetching' each page."""
    def __init__(self, pages, log):
        self.pages = pages
        self.log = log
    def __aiter__(self):
        self.page = 0
        self.buf = []
        return self
    async def __anext__(self):
        while not self.buf:
            if self.page >= len(self.pages):
                self.log.append("no more pages")
                raise StopAsyncIteration
            await asyncio.sleep(0.01)
            self.log.append(f"fetched page {self.page}")
            self.buf = list(self.pages[self.page])
            self.page += 1
        return self.buf.pop(0)

async def main():
    log = []
    p = Paginator([[1, 2], [], [3], [4, 5, 6]], log)
    out = []
    async for item in p:
        if item == 2:
            continue
        out.append(item)
        if item == 5:
            break
    else:
        out.append("else")
    print(out)
    print(log)

    log.clear()
    async for item in p:
        log.append(f"item {item}")
    else:
        log.append("else")
    print(log)

    # two tasks consuming one iterator interleave
    class Counter:
        def __init__(self, n):
            self.i = 0
            self.n = n
        def __aiter__(self):
            return self
        async def __anext__(self):
            await asyncio.sleep(0.01)
            if self.i >= self.n:
                raise StopAsyncIteration
            self.i += 1
            return self.i
    shared = Counter(7)
    async def consume(name):
        got = []
        async for v in shared:
            got.append(v)
        return name, got
    print(await asyncio.gather(consume("A"), consume("B")))

    # nested async for
    pairs = []
    async for a in Counter(2):
        async for b in Counter(a):
            pairs.append((a, b))
    print(pairs)

asyncio.run(main())
