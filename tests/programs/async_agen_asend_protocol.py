# Async generator asend protocol: priming, non-None first send, awaitable objects, return ends with StopAsyncIteration.
import asyncio

async def echo():
    print("  echo started")
    received = []
    try:
        while True:
            x = yield len(received)
            print("  echo got", x)
            if x == "stop":
                return
            await asyncio.sleep(0)
            received.append(x)
    finally:
        print("  echo finally", received)

async def main():
    g = echo()
    print(type(g).__name__)
    try:
        await g.asend("too early")
    except TypeError as e:
        print("TypeError:", e)
    g = echo()
    aw = g.asend(None)
    print("asend returned an awaitable:", hasattr(aw, "__await__"))
    print(await aw)
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.__anext__())
    try:
        await g.asend("stop")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await g.asend("more")
    except StopAsyncIteration:
        print("still exhausted")

    # sending into a generator that awaits before yielding
    async def slow_doubler():
        total = 0
        while True:
            v = yield total
            await asyncio.sleep(0.01)
            total = v * 2
    d = slow_doubler()
    await d.asend(None)
    for v in [1, 5, 7]:
        print("doubled", await d.asend(v))
    await d.aclose()
    print("closed")

asyncio.run(main())
