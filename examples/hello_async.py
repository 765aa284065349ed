# hello_async.py -- the first asyncio program.
#
# Shows: `async def` defines a coroutine function; calling it gives a
# coroutine object; `await` runs it; asyncio.run() starts the event loop.
# asyncio.sleep() lets other tasks run while this one waits.

import asyncio


async def say_after(delay, message):
    await asyncio.sleep(delay)
    print(message)
    return len(message)


async def main():
    print("Hello, world!")

    # Awaiting one coroutine after another runs them in sequence...
    await say_after(0.1, "sequential: first")
    await say_after(0.1, "sequential: second")

    # ...while tasks run concurrently: the shorter sleep finishes first.
    slow = asyncio.create_task(say_after(0.2, "concurrent: slow (0.2 s)"))
    fast = asyncio.create_task(say_after(0.1, "concurrent: fast (0.1 s)"))
    lengths = [await slow, await fast]
    print("message lengths:", lengths)

    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(say_after(0.3, "gathered a"), say_after(0.3, "gathered b"))
    print(f"two 0.3 s sleeps together took {loop.time() - start:.1f} s")


asyncio.run(main())
