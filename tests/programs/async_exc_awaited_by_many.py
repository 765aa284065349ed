# A failing task awaited by several other tasks: each awaiter gets the same exception object.
import asyncio

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("shared failure")

async def waiter(name, task, seen):
    try:
        await task
    except ValueError as e:
        seen.append((name, e))
        print(f"  {name} got {e!r}")
        return name
    return "unreachable"

async def main():
    t = asyncio.create_task(failing())
    seen = []
    names = await asyncio.gather(*(waiter(f"w{i}", t, seen) for i in range(3)))
    print(names)
    first = seen[0][1]
    print(all(e is first for _, e in seen), t.exception() is first)

    # awaiting again after it failed raises again
    try:
        await t
    except ValueError as e:
        print("again:", e is first)

    # shield around a failing task propagates the error
    t2 = asyncio.create_task(failing())
    try:
        await asyncio.shield(t2)
    except ValueError as e:
        print("through shield:", e)

    # wait_for on a failing task
    t3 = asyncio.create_task(failing())
    try:
        await asyncio.wait_for(t3, timeout=1)
    except ValueError as e:
        print("through wait_for:", e)

    # result() and exception() on the failed task
    try:
        t3.result()
    except ValueError as e:
        print("result() raises:", e)
    print("exception():", repr(t3.exception()))

    # traceback is attached
    print("has traceback:", first.__traceback__ is not None)

asyncio.run(main())
