# sync_queue.py -- a small pipeline built on asyncio queues.
#
# Shows: a bounded Queue making a fast producer wait for slow workers
# (back-pressure), task_done()/join() to know all work is finished, a
# worker pool cancelled at the end, PriorityQueue and LifoQueue ordering,
# and QueueFull/QueueEmpty from the *_nowait methods.

import asyncio


async def producer(queue, loop, start):
    for n in range(1, 6):
        await queue.put(n)                 # waits while the queue holds 2 items
        print(f"t={round(loop.time() - start, 2)} queued job {n}")


async def worker(name, queue, done):
    while True:                            # runs until cancelled
        n = await queue.get()
        await asyncio.sleep(0.3)           # slow work
        done.append(f"{name}:{n * n}")
        queue.task_done()                  # one fewer unfinished item for join()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    queue = asyncio.Queue(maxsize=2)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in (1, 2)]
    await producer(queue, loop, start)
    await queue.join()                     # returns once every job is task_done()
    print(f"t={round(loop.time() - start, 2)} all jobs done: {done}")
    for w in workers:
        w.cancel()                         # idle workers are stuck in get()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(r).__name__ for r in results])

    # PriorityQueue hands out the smallest item first; LifoQueue the newest.
    pq, lifo = asyncio.PriorityQueue(), asyncio.LifoQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal")]:
        pq.put_nowait(item)
        lifo.put_nowait(item)
    print("priority:", [pq.get_nowait()[1] for _ in range(3)])
    print("lifo:    ", [lifo.get_nowait()[1] for _ in range(3)])

    # The _nowait methods raise instead of waiting.
    small = asyncio.Queue(maxsize=1)
    small.put_nowait("x")
    print("full:", small.full(), "qsize:", small.qsize())
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("put_nowait on a full queue: QueueFull")
    small.get_nowait()
    try:
        small.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on an empty queue: QueueEmpty, empty():", small.empty())


asyncio.run(main())
