# InvalidStateError: result() of a pending future, setting a result twice, set_exception after cancel, and their messages.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(issubclass(asyncio.InvalidStateError, Exception), asyncio.InvalidStateError.__mro__[1].__name__)
    for meth in ("result", "exception"):
        try:
            getattr(f, meth)()
        except asyncio.InvalidStateError as e:
            print(f"{meth}() on pending:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice:", e)
    try:
        f.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    print("value unchanged:", f.result())

    c = loop.create_future()
    c.cancel()
    for action in (lambda: c.set_result(1), lambda: c.set_exception(RuntimeError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("after cancel:", e)

    e = loop.create_future()
    e.set_exception(OSError(2, "nope"))
    try:
        e.set_result(3)
    except asyncio.InvalidStateError as err:
        print("set_result after exception:", err)
    print("exception kept:", repr(e.exception()))

    async def coro():
        return 5
    t = asyncio.create_task(coro())
    try:
        t.result()
    except asyncio.InvalidStateError as err:
        print("task result early:", err)
    for name in ("set_result", "set_exception"):
        try:
            getattr(t, name)(None)
        except RuntimeError as err:
            print(f"Task.{name}:", err)
    print("task result:", await t)

asyncio.run(main())
