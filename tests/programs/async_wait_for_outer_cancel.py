# Cancelling a task blocked in wait_for cancels the inner awaitable; inner tasks that ignore cancellation delay the timeout.
import asyncio

async def inner(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise

async def outer(log):
    try:
        await asyncio.wait_for(inner(log), 5)
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise

async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow_cleanup: cancelled, cleaning for 0.3")
        await asyncio.sleep(0.3)
        print("slow_cleanup: cleanup over")
        raise

async def refuses():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("refuses: swallowing cancel")
    return "refused"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    log = []
    t = asyncio.create_task(outer(log))
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled())

    try:
        await asyncio.wait_for(slow_cleanup(), 0.1)
    except TimeoutError:
        print("TimeoutError after", round(loop.time() - t0, 6))

    r = await asyncio.wait_for(refuses(), 0.1)
    print("wait_for returned", r, "at", round(loop.time() - t0, 6))

asyncio.run(main())
