# Two Conditions sharing one given Lock (not_empty / not_full) implement a bounded buffer.
import asyncio


async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    buf = []
    CAP = 2
    log = []

    print("initially:", lock.locked(), not_empty.locked(), not_full.locked())
    async with not_empty:
        print("held via not_empty -> lock.locked():", lock.locked(), "not_full.locked():", not_full.locked())
    print("released:", lock.locked())

    async def producer(name, items):
        for it in items:
            async with not_full:
                await not_full.wait_for(lambda: len(buf) < CAP)
                buf.append(f"{name}{it}")
                log.append(f"{name} put {it} -> {buf}")
                not_empty.notify()
            await asyncio.sleep(0)

    async def consumer(name, n):
        got = []
        for _ in range(n):
            async with lock:
                await not_empty.wait_for(lambda: buf)
                item = buf.pop(0)
                got.append(item)
                log.append(f"{name} got {item} -> {buf}")
                not_full.notify()
            await asyncio.sleep(0.01)
        return got

    res = await asyncio.gather(
        producer("p", range(5)), producer("q", range(3)), consumer("A", 4), consumer("B", 4)
    )
    for line in log:
        print(line)
    print("A:", res[2])
    print("B:", res[3])
    print("buffer empty:", buf == [], "lock free:", not lock.locked())


asyncio.run(main())
