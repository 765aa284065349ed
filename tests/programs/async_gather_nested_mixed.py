# gather over a mix of coroutines, tasks, plain futures and nested gathers; duplicates and empty gather.
import asyncio

async def coro(name, delay):
    await asyncio.sleep(delay)
    print(f"  coro {name}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.15, fut.set_result, "future-value")
    task = asyncio.create_task(coro("task", 0.05))
    inner = asyncio.gather(coro("in1", 0.2), coro("in2", 0.01))
    res = await asyncio.gather(coro("c", 0.1), fut, task, inner)
    print(res)

    # the same coroutine/task passed twice is awaited once
    t = asyncio.create_task(coro("dup", 0.01))
    res = await asyncio.gather(t, t, t)
    print(res)

    # empty gather: a done future with an empty list
    e = asyncio.gather()
    print(type(e).__name__ in ("_GatheringFuture", "Future"), e.done(), e.result())
    print(await asyncio.gather())

    # deep nesting
    async def tree(depth, label):
        if depth == 0:
            await asyncio.sleep(0.01 * len(label))
            return label
        left, right = await asyncio.gather(tree(depth - 1, label + "L"), tree(depth - 1, label + "R"))
        return f"({left} {right})"
    print(await tree(3, ""))

    # futures completing in reverse order
    futs = [loop.create_future() for _ in range(4)]
    for i, f in enumerate(reversed(futs)):
        loop.call_later(0.01 * i, f.set_result, i)
    print(await asyncio.gather(*futs))

    # a future that gets an exception
    bad = loop.create_future()
    loop.call_soon(bad.set_exception, LookupError("from future"))
    print(await asyncio.gather(bad, coro("ok", 0), return_exceptions=True))

asyncio.run(main())
