# gather given the same task, future or coroutine more than once, and
# gathering again after a gather that failed part-way.
import asyncio


async def w(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(w(1))
    f = loop.create_future()
    loop.call_later(0.3, f.set_result, "f")
    c = w(2)
    print(await asyncio.gather(t, f, t, c, c, f))
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    t2 = asyncio.create_task(w(3))
    try:
        await asyncio.gather(t2, foreign)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.gather(t2, t2))
    other.close()


asyncio.run(main())
