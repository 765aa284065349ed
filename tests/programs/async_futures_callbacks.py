# Futures and loop callbacks: create_future, set_result from call_later, call_soon ordering.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(order.append, "soon 2")
    loop.call_later(0.1, order.append, "later 0.1")
    loop.call_later(0.05, order.append, "later 0.05")
    order.append("sync code")
    await asyncio.sleep(0)
    order.append("after sleep(0)")
    await asyncio.sleep(0.2)
    print(order)

    fut = loop.create_future()
    print("done?", fut.done())
    loop.call_later(0.1, fut.set_result, "future value")
    print(await fut, fut.done(), fut.result())

    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: print("callback:", f.exception()))
    loop.call_soon(fut2.set_exception, ValueError("failed future"))
    try:
        await fut2
    except ValueError as e:
        print("awaited:", e)
    await asyncio.sleep(0)

    async def resolve_later(f):
        await asyncio.sleep(0.05)
        f.set_result(sum(range(10)))
    f3 = loop.create_future()
    asyncio.create_task(resolve_later(f3))
    print("resolved by a task:", await f3)

asyncio.run(main())
