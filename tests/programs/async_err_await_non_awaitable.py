# Awaiting things that are not awaitable raises TypeError with CPython's messages.
import asyncio

class NoAwait:
    pass

class BadAwait:
    def __await__(self):
        return 42

class GoodAwait:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "good"

def plain_gen():
    yield 1

async def main():
    for thing in (42, "text", None, [1], NoAwait(), BadAwait(), plain_gen()):
        try:
            await thing
        except TypeError as e:
            print(type(thing).__name__, "->", e)
    print(await GoodAwait())
    try:
        await asyncio.gather(1, 2)
    except TypeError as e:
        print("gather:", e)
    try:
        asyncio.create_task(lambda: None)
    except TypeError as e:
        print("create_task:", str(e).split(" got ")[0] if "got" in str(e) else e)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("ensure_future:", e)
    def notasync():
        return 1
    try:
        await notasync()
    except TypeError as e:
        print("await non-async call:", e)

asyncio.run(main())
