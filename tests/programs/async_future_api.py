# Future basics: done/cancelled/result/exception/set_result/set_exception/cancel/get_loop through a future's life.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("pending:", f.done(), f.cancelled())
    print("get_loop is running loop:", f.get_loop() is loop)
    f.set_result([1, 2])
    print("after set_result:", f.done(), f.cancelled(), f.result(), f.exception())
    print("await done future:", await f)

    g = asyncio.Future()
    print("Future() binds running loop:", g.get_loop() is loop)
    err = ValueError("bad value")
    g.set_exception(err)
    print("exception() is the same object:", g.exception() is err)
    try:
        g.result()
    except ValueError as e:
        print("result() raises:", repr(e))
    try:
        await g
    except ValueError as e:
        print("await raises:", repr(e), e is err)

    h = loop.create_future()
    print("cancel pending:", h.cancel())
    print("cancel again:", h.cancel())
    print("state:", h.done(), h.cancelled())
    for meth in (h.result, h.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "raises CancelledError", e.args)
    k = loop.create_future()
    k.cancel("stop now")
    try:
        k.result()
    except asyncio.CancelledError as e:
        print("cancel message:", e.args)

    s = loop.create_future()
    s.set_result(None)
    print("cancel finished:", s.cancel(), s.cancelled())

    x = loop.create_future()
    x.set_exception(KeyError)
    print("exception class is instantiated:", repr(x.exception()))
    try:
        y = loop.create_future()
        y.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)
    print("isfuture:", asyncio.isfuture(x), asyncio.isfuture(main), asyncio.isfuture(asyncio.create_task(asyncio.sleep(0))))
    await asyncio.sleep(0)

    w = loop.create_future()
    async def setter():
        await asyncio.sleep(0.1)
        w.set_result("late")
    asyncio.create_task(setter())
    print("waited:", await w)
    print("future is awaitable via __await__:", hasattr(w, "__await__"), hasattr(w, "__iter__"))

asyncio.run(main())
