# async_producer_consumer.py -- tasks talking through an asyncio.Queue.
#
# Shows: asyncio.Queue with a maximum size (a full queue makes producers
# wait), several consumer tasks, queue.join() to wait until every item is
# processed, and cancelling the idle consumers at the end.

import asyncio


async def producer(name, queue, count):
    for i in range(count):
        item = f"{name}-{i}"
        await queue.put(item)          # waits while the queue is full
        print(f"{name} produced {item:<8} (queue size {queue.qsize()})")
        await asyncio.sleep(0.0625)
    print(f"{name} done")


async def consumer(name, queue, results):
    while True:
        item = await queue.get()       # waits while the queue is empty
        await asyncio.sleep(0.1875)    # pretend to do some work
        results.append(f"{item} by {name}")
        queue.task_done()              # tell join() this item is finished


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(consumer(f"worker{i}", queue, results)) for i in range(2)]

    await asyncio.gather(producer("apples", queue, 4), producer("pears", queue, 3))
    await queue.join()                 # every item has been processed

    for w in workers:                  # the consumers loop forever: stop them
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    print(f"{len(results)} items processed:")
    for line in results:
        print("  ", line)


asyncio.run(main())
