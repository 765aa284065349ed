# task.cancel(msg): the message reaches the CancelledError inside the task and the one raised to the awaiter.
import asyncio

async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{tag}: inside, args={e.args}")
        raise

async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("catcher: inside, args", e.args)
        raise RuntimeError("converted") from e

async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel returns", t.cancel("first reason"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got args", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() args", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() args", e.args)

    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message: args", e.args)

    t3 = asyncio.create_task(sleeper("t3"))
    await asyncio.sleep(0)
    t3.cancel("one")
    t3.cancel("two")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("two cancels: args", e.args)

    t4 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t4.cancel("boom")
    try:
        await t4
    except RuntimeError as e:
        print("converted:", e, "cause args:", e.__cause__.args, "cancelled():", t4.cancelled())

    g = [asyncio.create_task(sleeper(f"g{i}")) for i in range(2)]
    await asyncio.sleep(0)
    g[0].cancel("gather msg")
    res = await asyncio.gather(g[0], return_exceptions=True)
    print("gather return_exceptions:", type(res[0]).__name__, res[0].args)
    g[1].cancel()
    await asyncio.sleep(0)

asyncio.run(main())
