# Program ends with an exception escaping asyncio.run from a future failed by a loop callback.
import asyncio

class Timeout(Exception):
    pass

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def expire():
        print("timer fired")
        fut.set_exception(Timeout("deadline exceeded for request 7"))
    loop.call_later(0.5, expire)
    for i in range(3):
        await asyncio.sleep(0.1)
        print("tick", i)
    try:
        await fut
    finally:
        print("finally in main")

asyncio.run(main())
