# contextlib.AsyncExitStack: enter_async_context, push_async_callback, callback, push_async_exit; LIFO exits.
import asyncio
import contextlib

log = []

@contextlib.asynccontextmanager
async def res(name):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0.01)
        log.append(f"close {name}")

class SyncRes:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append(f"sync open {self.name}")
        return self.name
    def __exit__(self, *a):
        log.append(f"sync close {self.name}")

async def acb(msg, *, extra=""):
    await asyncio.sleep(0)
    log.append(f"async callback {msg}{extra}")

async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(res("a"))
        stack.push_async_callback(acb, "one", extra="!")
        b = stack.enter_context(SyncRes("b"))
        stack.callback(log.append, "sync callback")
        c = await stack.enter_async_context(res("c"))
        log.append(f"body with {a} {b} {c}")
    for line in log:
        print(" ", line)

    # pop_all transfers ownership
    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(res("x"))
        stack.push_async_callback(acb, "two")
        moved = stack.pop_all()
        log.append("leaving first stack")
    log.append("first stack exited")
    await moved.aclose()
    log.append("moved closed")
    print(log)

    # push_async_exit sees the exception and may suppress it
    log.clear()
    async def exit_cb(et, ev, tb):
        log.append(f"exit_cb sees {et.__name__ if et else None}")
        return et is KeyError
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_exit(exit_cb)
        await stack.enter_async_context(res("y"))
        raise KeyError("suppressed by exit_cb")
    print(log)

    # dynamic number of resources
    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(res(f"r{i}")) for i in range(3)]
        log.append(f"got {names}")
    print(log)

    # returned callback is the original function
    async with contextlib.AsyncExitStack() as stack:
        r = stack.push_async_callback(acb, "three")
        print(r is acb)

asyncio.run(main())
