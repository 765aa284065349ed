# A coroutine object can be awaited only once; reuse raises RuntimeError, including across tasks.
import asyncio

async def value():
    await asyncio.sleep(0)
    return 10

async def instant():
    return 20

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("second await:", e)

    d = instant()
    print(await d)
    try:
        await d
    except RuntimeError as e:
        print("instant second await:", e)

    e = value()
    t = asyncio.create_task(e)
    await asyncio.sleep(0)
    try:
        await e
    except RuntimeError as err:
        print("await while task runs it:", err)
    print("task:", await t)

    f = value()
    f.close()
    try:
        await f
    except RuntimeError as err:
        print("after close:", err)

    g = instant()
    try:
        g.send(None)
    except StopIteration as s:
        print("send(None) finishes with StopIteration", s.value)
    try:
        g.send(None)
    except RuntimeError as err:
        print("send after finish:", err)

    h = value()
    print("gather same coro twice:", await asyncio.gather(h, h))

asyncio.run(main())
