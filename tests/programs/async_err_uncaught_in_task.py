# A task's exception propagates through the awaiting main coroutine and ends asyncio.run with status 1.
import asyncio

async def parse(record):
    await asyncio.sleep(0.01)
    key, value = record.split("=")
    return key, int(value)

async def main():
    results = {}
    for record in ["a=1", "b=2", "c=three", "d=4"]:
        t = asyncio.create_task(parse(record))
        key, value = await t
        results[key] = value
        print("parsed", key, value)
    print(results)

asyncio.run(main())
