# Retry with exponential backoff and jitter-free delays on a virtual clock; gives up after max attempts.
import asyncio

class Transient(Exception):
    pass

class Permanent(Exception):
    pass

def flaky_service(fail_times, exc=Transient):
    calls = 0
    async def call(x):
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        if calls <= fail_times:
            raise exc(f"attempt {calls} failed")
        return x * 10
    return call

async def retry(fn, *args, attempts=4, base=0.1, factor=2, retry_on=(Transient,)):
    loop = asyncio.get_running_loop()
    start = loop.time()
    delay = base
    for n in range(1, attempts + 1):
        try:
            result = await fn(*args)
            print(f"  success on attempt {n} at t={loop.time() - start:.2f}")
            return result
        except retry_on as e:
            if n == attempts:
                print(f"  giving up after {n} attempts at t={loop.time() - start:.2f}")
                raise
            print(f"  {e}; sleeping {delay:.2f}")
            await asyncio.sleep(delay)
            delay *= factor

async def main():
    print("case 1:", await retry(flaky_service(2), 4))
    try:
        await retry(flaky_service(10), 5)
    except Transient as e:
        print("case 2 failed:", e)
    try:
        await retry(flaky_service(1, Permanent), 6)
    except Permanent as e:
        print("case 3 not retried:", e)

    # several retrying clients at once interleave by the virtual clock
    async def client(name, fails):
        r = await retry(flaky_service(fails), len(name), base=0.05)
        return f"{name}={r}"
    print(await asyncio.gather(client("aa", 1), client("bbb", 2), client("c", 0)))

    # retry under an overall timeout
    try:
        async with asyncio.timeout(0.5):
            await retry(flaky_service(100), 100, base=0.1)
    except TimeoutError:
        print("overall timeout hit")

asyncio.run(main())
