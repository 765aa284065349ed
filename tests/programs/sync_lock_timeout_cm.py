# asyncio.timeout() around `async with lock`: expiry while queued or while holding; lock stays consistent.
import asyncio


def state(lock):
    return repr(lock).split("[")[-1].rstrip("]>")


async def main():
    lock = asyncio.Lock()
    loop = asyncio.get_running_loop()
    events = []

    async def long_holder():
        async with lock:
            events.append(f"{loop.time():.2f} long holder in")
            await asyncio.sleep(2)
        events.append(f"{loop.time():.2f} long holder out")

    async def queued_with_deadline(name, seconds):
        try:
            async with asyncio.timeout(seconds):
                async with lock:
                    events.append(f"{loop.time():.2f} {name} in")
                    await asyncio.sleep(0.5)
            events.append(f"{loop.time():.2f} {name} finished in time")
        except TimeoutError:
            events.append(f"{loop.time():.2f} {name} timed out [{state(lock)}]")

    async def holds_too_long(name):
        try:
            async with asyncio.timeout(0.25):
                async with lock:
                    events.append(f"{loop.time():.2f} {name} in")
                    await asyncio.sleep(10)
        except TimeoutError:
            events.append(f"{loop.time():.2f} {name} timed out (held-too-long path); locked={lock.locked()}")

    await asyncio.gather(
        long_holder(),
        queued_with_deadline("q1", 1),
        queued_with_deadline("q2", 3),
        queued_with_deadline("q3", 2.25),
        holds_too_long("q4"),
    )
    for e in events:
        print(e)
    print("final:", state(lock))

    # timeout_at with a deadline already in the past
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await lock.acquire()
            print("acquired despite past deadline?", lock.locked())
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline -> TimeoutError, locked:", lock.locked())
    if lock.locked():
        lock.release()
    print("end:", state(lock))


asyncio.run(main())
