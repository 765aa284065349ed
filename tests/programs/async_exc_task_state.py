# Exception state is per task: sys.exc_info() inside except blocks is not visible to other tasks.
import asyncio
import sys

def current():
    e = sys.exc_info()[1]
    return repr(e)

async def handler(name, delay):
    try:
        raise ValueError(name)
    except ValueError:
        print(f"  {name} in except before await: {current()}")
        await asyncio.sleep(delay)
        print(f"  {name} in except after await: {current()}")
    print(f"  {name} after except: {current()}")

async def observer():
    for i in range(3):
        print(f"  observer tick {i}: {current()}")
        await asyncio.sleep(0.01)

async def main():
    await asyncio.gather(handler("A", 0.015), observer(), handler("B", 0.005))
    print("main:", current())
    try:
        raise KeyError("main's")
    except KeyError:
        t = asyncio.create_task(observer())
        await t
        print("main still handling:", current())

    # bare raise inside except after await re-raises the right exception
    async def reraiser(name):
        try:
            raise LookupError(name)
        except LookupError:
            await asyncio.sleep(0.01)
            raise
    res = await asyncio.gather(reraiser("x"), reraiser("y"), return_exceptions=True)
    print(res)

asyncio.run(main())
