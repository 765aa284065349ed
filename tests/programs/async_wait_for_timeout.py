# asyncio.wait_for and asyncio.timeout (3.11): timeouts cancel the inner work and raise TimeoutError.
import asyncio

async def slow(delay, log):
    try:
        await asyncio.sleep(delay)
        return f"slept {delay}"
    except asyncio.CancelledError:
        log.append(f"slow({delay}) cancelled")
        raise

async def main():
    log = []
    print(await asyncio.wait_for(slow(0.1, log), timeout=1))
    try:
        await asyncio.wait_for(slow(5, log), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(log)
    print(asyncio.TimeoutError is TimeoutError)

    try:
        async with asyncio.timeout(0.2):
            await slow(1, log)
    except TimeoutError:
        print("timeout() block expired")
    async with asyncio.timeout(1) as cm:
        await slow(0.1, log)
    print("within deadline, expired:", cm.expired())
    async with asyncio.timeout(None):
        print(await slow(0.3, log))

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.25):
            for i in range(10):
                await asyncio.sleep(0.1)
                print("step", i)
    except TimeoutError:
        print("timeout_at fired")
    print(log)

asyncio.run(main())
