# Program ends with an exception raised inside an async generator consumed by async for, escaping asyncio.run.
import asyncio

class CorruptRecord(Exception):
    pass

async def records(lines):
    for n, line in enumerate(lines, 1):
        await asyncio.sleep(0.01)
        try:
            yield n, int(line)
        finally:
            print("  released record", n)
    # not reached for the bad input below

async def main():
    total = 0
    try:
        async for n, value in records(["4", "8", "15"]):
            total += value
            print("record", n, "value", value, "total", total)
    finally:
        print("first pass total", total)
    async def checked(lines):
        async for n, v in records(lines):
            if v < 0:
                raise CorruptRecord(f"record {n} is negative: {v}")
            yield v
    async for v in checked(["1", "2", "-3", "4"]):
        print("checked", v)
    print("not reached")

asyncio.run(main())
