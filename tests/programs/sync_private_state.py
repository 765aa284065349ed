# The private state of asyncio's primitives that tutorials print to show
# what is going on: a semaphore's _value, a lock's _locked and _waiters, a
# queue's _queue, _unfinished_tasks, _getters.
import asyncio


async def worker(name, sem, log):
    async with sem:
        log.append(f"{name} in, value={sem._value}")
        await asyncio.sleep(0.1)


async def main():
    sem = asyncio.Semaphore(2)
    print("fresh:", sem._value, sem._waiters)
    log = []
    tasks = [asyncio.create_task(worker(f"w{i}", sem, log)) for i in range(4)]
    await asyncio.sleep(0)
    print("busy:", sem._value, len(sem._waiters), sem.locked())
    await asyncio.gather(*tasks)
    print(log)
    print("after:", sem._value, sem._waiters)

    b = asyncio.BoundedSemaphore(3)
    print("bounded:", b._value, b._bound_value)

    lock = asyncio.Lock()
    print("lock:", lock._locked, lock._waiters)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("contended:", lock._locked, lock._waiters)
    lock.release()
    await waiter
    print("handed over:", lock._locked, lock._waiters)
    lock.release()

    ev = asyncio.Event()
    print("event:", ev._value, ev._waiters)

    q = asyncio.Queue(maxsize=3)
    for i in range(2):
        q.put_nowait(i * 10)
    print("queue:", q._queue, q._unfinished_tasks, q._maxsize, q._getters)
    q.get_nowait()
    q.task_done()
    print("after one:", q._queue, q._unfinished_tasks)
    try:
        q._nonexistent
    except AttributeError as e:
        print("AttributeError:", e)
    pq = asyncio.PriorityQueue()
    pq.put_nowait((2, "b"))
    pq.put_nowait((1, "a"))
    print("priority:", pq._queue, pq._unfinished_tasks)


asyncio.run(main())
