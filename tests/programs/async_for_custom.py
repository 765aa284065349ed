# Custom asynchronous iterators: __aiter__ and __anext__ raising StopAsyncIteration.
import asyncio

class Ticker:
    def __init__(self, count, delay):
        self.count = count
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

class Paginated:
    """Fakes fetching pages of results from a slow API."""
    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size

    async def fetch_page(self, n):
        await asyncio.sleep(0.05)
        start = n * self.page_size
        return self.items[start:start + self.page_size]

    def __aiter__(self):
        return self.pages()

    async def pages(self):
        n = 0
        while page := await self.fetch_page(n):
            print(f"  fetched page {n}")
            yield page
            n += 1

async def main():
    async for i in Ticker(3, 0.1):
        print("tick", i)
    pages = Paginated(list(range(7)), 3)
    async for page in pages:
        print("page", page)
    total = 0
    async for page in Paginated(list(range(10)), 4):
        total += sum(page)
    print("total", total)
    else_hit = False
    async for _ in Ticker(0, 1):
        pass
    else:
        else_hit = True
    print("async for else:", else_hit)

asyncio.run(main())
