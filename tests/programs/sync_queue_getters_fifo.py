# Several consumers blocked on get() are served in the order they started waiting, one item each.
import asyncio


async def main():
    q = asyncio.Queue()
    log = []

    async def consumer(name, delay):
        await asyncio.sleep(delay)
        log.append(f"{name} waits")
        item = await q.get()
        log.append(f"{name} <- {item}")

    cs = [asyncio.create_task(consumer(n, d)) for n, d in [("c1", 0.3), ("c2", 0.1), ("c3", 0.2), ("c4", 0.1)]]
    await asyncio.sleep(1)
    print("waiting:", str(q))
    for i in range(4):
        q.put_nowait(i)
        log.append(f"put {i}")
    await asyncio.gather(*cs)
    for line in log:
        print(line)

    # A burst of puts before any getter runs, then async puts interleaved with gets
    log.clear()

    async def ping(n):
        for i in range(n):
            await q.put(f"ping{i}")
            log.append(f"sent ping{i}")
            reply = await replies.get()
            log.append(f"recv {reply}")

    async def pong(n):
        for _ in range(n):
            msg = await q.get()
            await replies.put(msg.replace("ping", "pong"))
            log.append(f"answered {msg}")

    replies = asyncio.Queue()
    await asyncio.gather(ping(3), pong(3))
    for line in log:
        print(line)
    print(str(q), str(replies))


asyncio.run(main())
