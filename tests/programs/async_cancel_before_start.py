# Cancelling a task before it ever runs: the body never executes, callbacks still fire, the awaiter gets CancelledError.
import asyncio

async def body(tag):
    print(f"{tag} body started (should not print)")
    return tag

async def main():
    t = asyncio.create_task(body("t"))
    t.add_done_callback(lambda f: print("done callback: cancelled =", f.cancelled()))
    print("cancel:", t.cancel("early"), "done:", t.done(), "cancelling:", t.cancelling())
    print("cancel again:", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await: CancelledError", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())

    u = asyncio.create_task(body("u"))
    u.cancel()
    v = asyncio.create_task(body("v"))
    await asyncio.sleep(0)
    print("u cancelled:", u.cancelled(), "v done:", v.done(), v.result())

    coro = body("c")
    w = asyncio.create_task(coro)
    w.cancel()
    await asyncio.sleep(0)
    try:
        coro.send(None)
    except RuntimeError as e:
        print("coroutine after cancel-before-start:", e)
    except StopIteration:
        print("coroutine was never closed")

asyncio.run(main())
