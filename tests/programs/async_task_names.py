# Task names: default Task-N numbering (shared counter incl. the main task), name=, set_name, get_name.
import asyncio

async def noop():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    print("after set_name:", c.get_name())
    d = asyncio.create_task(noop(), name=123)
    print("non-str name:", repr(d.get_name()))
    d.set_name(4.5)
    print("set_name non-str:", repr(d.get_name()))
    print(await asyncio.gather(a, b, c, d))
    g = await asyncio.gather(noop(), noop())
    print("gather wraps coroutines in tasks:", g)
    e = asyncio.ensure_future(noop())
    print("ensure_future:", e.get_name(), await e)
    loop = asyncio.get_running_loop()
    f = loop.create_task(noop())
    print("loop.create_task:", f.get_name(), await f)
    h = loop.create_task(noop(), name="loopnamed")
    print(await h)
    tw = await asyncio.wait_for(noop(), 1)
    print("wait_for inner task name:", tw)
    last = asyncio.create_task(noop())
    print("next default:", last.get_name())
    await last

asyncio.run(main())
