# asyncio.timeout context manager: when(), reschedule() later/earlier/None, expired(), and the TimeoutError chain.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    el = lambda: round(loop.time() - t0, 6)
    try:
        async with asyncio.timeout(0.2) as cm:
            print("when offset:", round(cm.when() - t0, 6), "expired:", cm.expired())
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.5)
            print("rescheduled to", round(cm.when() - t0, 6))
            await asyncio.sleep(0.3)
            print("survived past original deadline at", el())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError at", el(), "cause:", type(e.__cause__).__name__, "expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("None deadline:", cm.when())
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(0.1)
        cm.reschedule(None)
        print("back to None:", cm.when())
        await asyncio.sleep(20)
    print("no timeout at", el(), "expired:", cm.expired())

    try:
        async with asyncio.timeout(5) as cm:
            cm.reschedule(loop.time() - 1)
            print("rescheduled into the past")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("fired immediately at", el(), cm.expired())

    try:
        async with asyncio.timeout(-1):
            print("negative delay body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay times out at first await", el())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
    print("finished early, expired:", cm.expired())
    try:
        cm.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    async with asyncio.timeout_at(loop.time() + 1) as cm:
        print("timeout_at when offset:", round(cm.when() - loop.time(), 6))
    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            while True:
                await asyncio.sleep(0.1)
                print("tick", el())
    except TimeoutError:
        print("timeout_at fired at", el())

asyncio.run(main())
