# Worker pool: N workers pull jobs from a queue, update shared stats under a Lock, and report per-worker work.
import asyncio

async def main():
    jobs = asyncio.Queue()
    for i, cost in enumerate([5, 1, 3, 2, 4, 1, 1, 6, 2]):
        jobs.put_nowait((i, cost))
    lock = asyncio.Lock()
    stats = {"done": 0, "cost": 0, "max_inflight": 0}
    inflight = 0
    per_worker = {}
    trace = []

    async def update(cost):
        async with lock:
            # read-modify-write with an await inside: safe only because of the lock
            done = stats["done"]
            await asyncio.sleep(0.001)
            stats["done"] = done + 1
            stats["cost"] += cost

    async def worker(name):
        nonlocal inflight
        while True:
            try:
                job, cost = jobs.get_nowait()
            except asyncio.QueueEmpty:
                trace.append(f"{name} idle -> exit")
                return name
            inflight += 1
            stats["max_inflight"] = max(stats["max_inflight"], inflight)
            trace.append(f"{name} starts job {job}")
            await asyncio.sleep(cost * 0.01)
            inflight -= 1
            await update(cost)
            per_worker.setdefault(name, []).append(job)

    names = await asyncio.gather(*(worker(f"w{i}") for i in range(3)))
    print(names)
    for line in trace:
        print(" ", line)
    print(stats)
    for name in sorted(per_worker):
        print(name, per_worker[name])

    # without the lock, the same read-modify-write loses updates
    counter = {"n": 0}
    async def unsafe():
        n = counter["n"]
        await asyncio.sleep(0)
        counter["n"] = n + 1
    await asyncio.gather(*(unsafe() for _ in range(5)))
    print("unsafe counter:", counter["n"])

    # releasing an unlocked lock
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
