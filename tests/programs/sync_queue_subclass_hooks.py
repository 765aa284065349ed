# Queue subclasses: extending a storage hook through super(), overriding full(),
# a float maxsize, the queue exceptions, join() before and after items.
import asyncio

class Tagged(asyncio.Queue):
    def _put(self, item):
        super()._put(("tag", item))

class Bounded(asyncio.Queue):
    def full(self):
        return self.qsize() >= 2

async def main():
    q = Tagged()
    q.put_nowait(1)
    await q.put(2)
    print(q.qsize(), q.empty(), q.full(), await q.get(), q.get_nowait(), q)
    b = Bounded()
    b.put_nowait("a"); b.put_nowait("b")
    try:
        b.put_nowait("c")
    except asyncio.QueueFull as e:
        print("full", repr(e), type(e).__module__, type(e).__qualname__)
    q2 = asyncio.Queue(maxsize=2.5)
    for i in range(3):
        q2.put_nowait(i)
    print(q2.full(), q2.maxsize, str(q2))
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    print(asyncio.Queue[int], type(asyncio.Queue()).__module__, asyncio.Queue.__name__)
    try:
        asyncio.Queue(foo=1)
    except TypeError as e:
        print(e)
    q3 = asyncio.Queue()
    t = asyncio.create_task(q3.join())
    await asyncio.sleep(0)
    print(t.done())
    q3.put_nowait(1)
    j = asyncio.create_task(q3.join())
    await asyncio.sleep(0)
    q3.get_nowait(); q3.task_done()
    await j
    print("joined", t.done())

asyncio.run(main())
