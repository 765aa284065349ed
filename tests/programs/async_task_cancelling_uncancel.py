# Task.cancelling() counts pending cancel requests; uncancel() decrements it; a swallowed cancel leaves it set.
import asyncio

async def swallow():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallow: caught, cancelling() =", me.cancelling())
    print("swallow: uncancel() ->", me.uncancel(), "now", me.cancelling())
    await asyncio.sleep(0.1)
    print("swallow: sleeping again worked")
    return "swallowed"

async def stubborn():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: caught, cancelling() =", me.cancelling())
    await asyncio.sleep(0.1)
    print("stubborn: still running, cancelling() =", me.cancelling())
    return "stubborn"

async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    print("before cancel:", t.cancelling())
    t.cancel()
    print("after 1 cancel:", t.cancelling())
    t.cancel()
    print("after 2 cancels:", t.cancelling())
    print(await t, "cancelled()", t.cancelled(), "cancelling()", t.cancelling())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelling())

    me = asyncio.current_task()
    print("main cancelling:", me.cancelling(), "uncancel on 0 ->", me.uncancel())

    done = asyncio.create_task(asyncio.sleep(0))
    await done
    print("cancel done task:", done.cancel(), done.cancelling())

asyncio.run(main())
