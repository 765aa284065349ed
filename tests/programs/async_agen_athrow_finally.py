# athrow into async generators (caught, uncaught, after close) and finally/aclose edge cases.
import asyncio

async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  resilient caught", e)
            await asyncio.sleep(0.01)
            n += 100
        n += 1

async def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("  fragile finally")
        await asyncio.sleep(0.01)
        print("  fragile finally after await")

async def stubborn():
    try:
        yield "x"
    finally:
        yield "should not yield here"

async def main():
    r = resilient()
    print(await anext(r))
    print(await r.athrow(ValueError("v1")))
    print(await anext(r))
    try:
        await r.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError propagated", e)
    try:
        await anext(r)
    except StopAsyncIteration:
        print("resilient exhausted")

    f = fragile()
    print(await anext(f))
    await f.aclose()
    print("aclose done")
    await f.aclose()
    print("second aclose is fine")

    f = fragile()
    print(await anext(f))
    try:
        await f.athrow(RuntimeError("into fragile"))
    except RuntimeError as e:
        print("propagated", e)

    # aclose on a never-started generator does not run finally
    f = fragile()
    await f.aclose()
    print("unstarted closed")

    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # athrow on a fresh generator
    f = fragile()
    try:
        await f.athrow(IndexError("fresh"))
    except IndexError as e:
        print("fresh athrow raised", e)
    try:
        await anext(f)
    except StopAsyncIteration:
        print("fresh generator now closed")

asyncio.run(main())
