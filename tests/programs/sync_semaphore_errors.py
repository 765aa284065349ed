# Semaphore/BoundedSemaphore errors: negative initial value, releasing too many times, and over-release of plain Semaphore.
import asyncio


def state(sem):
    return repr(sem).split("[")[-1].rstrip("]>")


async def main():
    for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        try:
            cls(-1)
        except ValueError as e:
            print(cls.__name__, "ValueError:", e)

    bs = asyncio.BoundedSemaphore(2)
    print("bounded:", state(bs))
    try:
        bs.release()
    except ValueError as e:
        print("release at start:", e)
    async with bs:
        async with bs:
            print("inside twice:", state(bs), bs.locked())
        print("inside once:", state(bs))
    try:
        bs.release()
    except ValueError as e:
        print("over-release:", type(e).__name__, e)
    print("after:", state(bs))

    # A plain Semaphore can be released above its initial value
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain over-released:", state(s))
    n = 0
    while not s.locked():
        await s.acquire()
        n += 1
    print("acquired", n, "times before locked:", state(s))

    # Semaphore(0) is locked from the start; default value is 1
    print("Semaphore():", state(asyncio.Semaphore()))
    print("Semaphore(0):", state(asyncio.Semaphore(0)), asyncio.Semaphore(0).locked())
    print("BoundedSemaphore(0):", state(asyncio.BoundedSemaphore(0)))
    try:
        asyncio.BoundedSemaphore(0).release()
    except ValueError as e:
        print("BoundedSemaphore(0).release():", e)
    print("isinstance:", isinstance(bs, asyncio.Semaphore), issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))
    print("acquire returns:", await bs.acquire())
    bs.release()

    # bounded release error inside async with (double release)
    try:
        async with bs:
            bs.release()
    except ValueError as e:
        print("aexit over-release:", e)
    print("final:", state(bs))


asyncio.run(main())
