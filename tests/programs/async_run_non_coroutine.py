# asyncio.run requires a coroutine object: functions, futures-like and plain values raise ValueError.
import asyncio

async def main():
    return 1

class Awaitable:
    def __await__(self):
        yield from []
        return 5

for bad in (main, 42, None, Awaitable()):
    try:
        asyncio.run(bad)
    except ValueError as e:
        msg = str(e)
        print(type(bad).__name__, "->", "ValueError:", msg.split(" got ")[0] if " got " in msg else msg)
print(asyncio.run(main()))
c = main()
print("asyncio.iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
print("iscoroutinefunction:", asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
