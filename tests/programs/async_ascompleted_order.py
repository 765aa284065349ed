# asyncio.as_completed yields awaitables in completion order; exceptions surface when awaited.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    print(f"  {name} finished")
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    coros = [job("a", 0.4), job("b", 0.1), job("c", 0.3), job("d", 0.2)]
    for i, aw in enumerate(asyncio.as_completed(coros)):
        print(i, await aw)

    print("with failures:")
    coros = [job("p", 0.2), job("q", 0.1, fail=True), job("r", 0.3)]
    for aw in asyncio.as_completed(coros):
        try:
            print("  got", await aw)
        except ValueError as e:
            print("  error", e)

    print("tasks and futures:")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "future")
    t = asyncio.create_task(job("task", 0.15))
    for aw in asyncio.as_completed([t, fut, job("coro", 0.1)]):
        print("  got", await aw)

    # ties: as_completed wraps coroutines from a set, so only the multiset of results is stable
    print("ties:")
    async def quiet(name):
        await asyncio.sleep(0.1)
        return name
    results = [await aw for aw in asyncio.as_completed([quiet(f"t{i}") for i in range(4)])]
    print(sorted(results), len(results))

    # as_completed on an empty list
    print(list(asyncio.as_completed([])))

asyncio.run(main())
