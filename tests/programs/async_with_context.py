# async with: __aenter__/__aexit__, exceptions inside, several items, and suppression.
import asyncio

class Connection:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError

    async def query(self, q):
        await asyncio.sleep(0.01)
        return f"{self.name}:{q}"

async def main():
    log = []
    async with Connection("db", log) as conn:
        log.append(await conn.query("select 1"))
    print(log)

    log = []
    async with Connection("a", log) as a, Connection("b", log) as b:
        log.append(await a.query("x") + " " + await b.query("y"))
    print(log)

    log = []
    async with (
        Connection("p", log) as p,
        Connection("q", log),
    ):
        log.append(await p.query("z"))
    print(log)

    log = []
    async with Connection("suppress", log):
        raise KeyError("swallowed")
    print(log)

    log = []
    try:
        async with Connection("fail", log):
            raise ValueError("propagates")
    except ValueError as e:
        log.append(f"caught {e}")
    print(log)

asyncio.run(main())
