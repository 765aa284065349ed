# gather result future: done callbacks, child done order vs result order, gather inside tasks.
import asyncio

order = []

async def job(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    return name * 2

async def main():
    g = asyncio.gather(job("x", 0.3), job("y", 0.1), job("z", 0.2))
    g.add_done_callback(lambda f: print("  callback: done", f.result()))
    print("before await done:", g.done())
    res = await g
    print("result", res, "completion order", order)
    await asyncio.sleep(0)

    order.clear()
    async def group(prefix, n):
        return await asyncio.gather(*(job(f"{prefix}{i}", 0.01 * (n - i)) for i in range(n)))
    t1 = asyncio.create_task(group("p", 3))
    t2 = asyncio.create_task(group("q", 2))
    print(await t1, await t2)
    print("completion order", order)

    # gather of already-finished tasks
    done_tasks = [asyncio.create_task(job(f"d{i}", 0)) for i in range(3)]
    await asyncio.sleep(0.01)
    print([t.done() for t in done_tasks], await asyncio.gather(*done_tasks))

asyncio.run(main())
