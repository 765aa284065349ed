# contextlib.asynccontextmanager: yield value, exceptions thrown in at the yield, suppression, decorator use.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"acquire {name}")
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        await asyncio.sleep(0.01)
        log.append(f"release {name}")

@contextlib.asynccontextmanager
async def transforming():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("transformed") from e

@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield

@contextlib.asynccontextmanager
async def double_yield():
    yield 1
    yield 2

async def main():
    log = []
    async with resource("a", log) as v:
        log.append(f"using {v}")
    print(log)

    log = []
    async with resource("b", log):
        raise KeyError("handled inside")
    log.append("continued")
    print(log)

    log = []
    try:
        async with resource("c", log):
            raise ValueError("passes through")
    except ValueError as e:
        log.append(f"outside got {e}")
    print(log)

    try:
        async with transforming():
            raise ValueError("orig")
    except RuntimeError as e:
        print(repr(e), "from", repr(e.__cause__))

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        async with double_yield() as v:
            print("value", v)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # used as a decorator (3.10+)
    log = []
    @resource("deco", log)
    async def decorated(x):
        log.append(f"decorated body {x}")
        return x + 1
    print(await decorated(1), log)

    # nested, with the same manager object type
    log = []
    async with resource("outer", log) as o, resource("inner", log) as i:
        log.append(f"{o}+{i}")
    print(log)

asyncio.run(main())
