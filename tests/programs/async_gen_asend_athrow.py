# Async generator methods: asend, athrow, aclose, and an async generator used as a coroutine-like accumulator.
import asyncio

async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  accumulator reset by", repr(e))
            total = 0
            continue
        await asyncio.sleep(0.01)
        total += value

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError("reset")))
    print(await acc.asend(7))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

    async def guarded():
        try:
            yield "first"
            yield "second"
        finally:
            print("  guarded finally")
    g = guarded()
    print(await anext(g))
    try:
        await g.athrow(KeyError("stop"))
    except KeyError as e:
        print("athrow propagated", repr(e))

asyncio.run(main())
