# AsyncExitStack error handling: exceptions raised by exit callbacks chain via __context__, suppression midway.
import asyncio
import contextlib

log = []

async def failing_cb(name):
    log.append(f"cb {name} raising")
    raise ValueError(name)

async def ok_cb(name):
    log.append(f"cb {name}")

async def suppress_all(et, ev, tb):
    log.append(f"suppressor saw {ev!r}")
    return True

async def main():
    try:
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(ok_cb, "first")
            stack.push_async_callback(failing_cb, "second")
            stack.push_async_callback(failing_cb, "third")
            raise KeyError("body")
    except ValueError as e:
        print("final:", repr(e))
        print("context:", repr(e.__context__))
        print("context.context:", repr(e.__context__.__context__))
    print(log)

    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(ok_cb, "outermost")
        stack.push_async_exit(suppress_all)
        stack.push_async_callback(failing_cb, "inner")
    print("suppressed", log)

    # an exception from enter_async_context leaves earlier contexts to be cleaned up
    log.clear()
    @contextlib.asynccontextmanager
    async def cm(name, fail=False):
        if fail:
            raise OSError(f"cannot open {name}")
        log.append(f"open {name}")
        yield
        log.append(f"close {name}")
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(cm("a"))
            await stack.enter_async_context(cm("b", fail=True))
            log.append("not reached")
    except OSError as e:
        log.append(f"caught {e}")
    print(log)

    # enter_async_context on an object that is not an async context manager
    async with contextlib.AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(object())
        except (TypeError, AttributeError) as e:
            print(type(e).__name__)

asyncio.run(main())
