# PriorityQueue pops the smallest entry (heap order); ties broken by a counter; maxsize and task_done still apply.
import asyncio
import itertools


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "also urgent"), (4, "meh"), (2, "high")]:
        pq.put_nowait(item)
    print("qsize:", pq.qsize(), str(pq).split(" _queue")[0])
    out = []
    while not pq.empty():
        out.append(await pq.get())
        pq.task_done()
    print(out)

    # Stable ordering with a counter for equal priorities and non-comparable payloads
    counter = itertools.count()
    jobs = asyncio.PriorityQueue()
    for prio, payload in [(2, {"job": "b"}), (1, {"job": "a"}), (2, {"job": "c"}), (1, {"job": "d"})]:
        await jobs.put((prio, next(counter), payload))
    while not jobs.empty():
        prio, seq, payload = jobs.get_nowait()
        print(prio, seq, payload)

    # Without a tie-breaker, equal priorities compare the payload: TypeError
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, {"x": 1}))
    try:
        bad.put_nowait((1, {"y": 2}))
    except TypeError as e:
        print("TypeError:", e)

    # Bounded PriorityQueue: a woken getter takes the smallest item present when it finally runs
    bq = asyncio.PriorityQueue(maxsize=2)
    log = []

    async def consumer():
        for _ in range(5):
            item = await bq.get()
            log.append(f"got {item}")
            await asyncio.sleep(0.1)

    async def producer():
        for n in [9, 4, 7, 1, 3]:
            await bq.put(n)
            log.append(f"put {n} (qsize={bq.qsize()})")

    await asyncio.gather(consumer(), producer())
    for line in log:
        print(line)

    print("isinstance Queue:", isinstance(bq, asyncio.Queue), type(bq).__name__)


asyncio.run(main())
