# LifoQueue is a stack: last put, first got; with maxsize it still blocks; str() shows its contents.
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for word in ["one", "two", "three", "four"]:
        await lq.put(word)
    print(str(lq))
    print([lq.get_nowait() for _ in range(lq.qsize())])

    stack = asyncio.LifoQueue(maxsize=3)
    log = []

    async def pusher():
        for i in range(6):
            await stack.put(i)
            log.append(f"pushed {i} size={stack.qsize()}")

    async def popper():
        await asyncio.sleep(0.5)
        for _ in range(6):
            v = await stack.get()
            log.append(f"popped {v}")
            stack.task_done()
            await asyncio.sleep(0.25)

    await asyncio.gather(pusher(), popper())
    await stack.join()
    for line in log:
        print(line)
    print("empty:", stack.empty(), str(stack))

    # depth-first traversal driven by a LifoQueue
    tree = {"root": ["a", "b"], "a": ["a1", "a2"], "b": ["b1"], "a1": [], "a2": [], "b1": []}
    todo = asyncio.LifoQueue()
    todo.put_nowait("root")
    visit = []
    while not todo.empty():
        node = await todo.get()
        visit.append(node)
        for child in reversed(tree[node]):
            todo.put_nowait(child)
    print("dfs:", visit)
    print(isinstance(todo, asyncio.Queue), type(todo).__name__)


asyncio.run(main())
