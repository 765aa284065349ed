# The coroutines asyncio's primitives return are named as locks.py,
# queues.py, tasks.py and taskgroups.py name them.
import asyncio
import re


def show(co):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(co)), co.__name__, co.__qualname__)
    co.close()


async def main():
    ev, lock, sem, q = asyncio.Event(), asyncio.Lock(), asyncio.BoundedSemaphore(), asyncio.Queue()
    show(ev.wait())
    show(lock.acquire())
    show(lock.__aenter__())
    show(lock.__aexit__(None, None, None))
    await lock.acquire()
    lock.release()
    show(sem.acquire())
    show(sem.__aenter__())
    show(q.get())
    show(q.put(1))
    show(q.join())
    show(asyncio.sleep(0))
    show(asyncio.sleep(1))
    tg = asyncio.TaskGroup()
    show(tg.__aexit__(None, None, None))


asyncio.run(main())
