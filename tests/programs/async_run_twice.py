# asyncio.run can be called repeatedly; each call gets a fresh loop, and a loop from one run is closed afterwards.
import asyncio

loops = []

async def main(n):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    await asyncio.sleep(0.1 * n)
    t = asyncio.current_task()
    print(f"run {n}: task name {t.get_name()}, loop closed? {loop.is_closed()}")
    return n * n

print(asyncio.run(main(1)))
print(asyncio.run(main(2)))
print("different loops:", loops[0] is not loops[1])
print("both closed:", [l.is_closed() for l in loops])

async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover task cancelled at shutdown")
        raise

async def spawn():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "spawned"

print(asyncio.run(spawn()))

async def nested():
    coro = main(3)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested())
print("end")
