# put_nowait/get_nowait raise QueueFull/QueueEmpty (no message); the exception classes and their hierarchy.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on empty:", type(e).__name__, repr(str(e)), e.args)
    q.put_nowait("only")
    try:
        q.put_nowait("extra")
    except asyncio.QueueFull as e:
        print("put_nowait on full:", type(e).__name__, repr(str(e)), e.args)
    print("qsize:", q.qsize(), "item:", q.get_nowait())
    print("is Exception:", issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print("module:", asyncio.QueueEmpty.__module__, asyncio.QueueFull.__module__)

    # draining with get_nowait until QueueEmpty
    q = asyncio.Queue()
    for ch in "hello":
        q.put_nowait(ch)
    out = []
    while True:
        try:
            out.append(q.get_nowait())
        except asyncio.QueueEmpty:
            break
    print("drained:", "".join(out))

    # put_nowait wakes a waiting getter; get_nowait wakes a blocked putter
    q = asyncio.Queue(1)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("getter waiting:", str(q))
    q.put_nowait(1)
    print("getter result:", await getter)
    q.put_nowait(2)
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print("putter waiting:", str(q))
    print("got", q.get_nowait())
    await putter
    print("after putter:", str(q))

    # get_nowait raises even when a put is about to happen
    e = asyncio.Queue()
    asyncio.get_running_loop().call_soon(e.put_nowait, "soon")
    try:
        e.get_nowait()
    except asyncio.QueueEmpty:
        print("still empty right now")
    await asyncio.sleep(0)
    print("now:", e.get_nowait())


asyncio.run(main())
