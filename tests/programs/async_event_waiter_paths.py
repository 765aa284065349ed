# Tasks waiting on an Event: every way such a wait ends, and what a
# program sees of it meanwhile (reprs, private state), with interleavings.
import asyncio
import re


def clean(s):
    return re.sub(r" at 0x[0-9a-f]+", "", re.sub(r"running at .*?:(\d+)", r"running at FILE:\1", str(s)))


async def waiter(name, ev, log):
    log.append(f"{name} waits")
    try:
        r = await ev.wait()
        log.append(f"{name} woke {r}")
        return r
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally, waiters left {len(ev._waiters)}")


async def set_then_cancel():
    ev, log = asyncio.Event(), []
    a = asyncio.create_task(waiter("a", ev, log))
    b = asyncio.create_task(waiter("b", ev, log))
    await asyncio.sleep(0)
    print(clean(a))
    print("waiters", len(ev._waiters), clean(ev))
    print("fut_waiter", clean(a._fut_waiter))
    print("deque", clean(ev._waiters))
    ev.set()
    print("after set", clean(a))
    print("cancel a after set:", a.cancel("late"))
    await asyncio.sleep(0)
    print(log)
    print(a.cancelled(), b.result())


async def cancel_then_set():
    ev, log = asyncio.Event(), []
    a = asyncio.create_task(waiter("a", ev, log))
    b = asyncio.create_task(waiter("b", ev, log))
    await asyncio.sleep(0)
    print("cancel a:", a.cancel("stop"))
    print("cancel a again:", a.cancel("again"), a.cancelling())
    print(clean(a))
    ev.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    try:
        await a
    except asyncio.CancelledError as e:
        print("a raised", repr(e))
    print(b.result(), len(ev._waiters))


async def uncancelled_retry():
    ev, log = asyncio.Event(), []

    async def stubborn():
        try:
            await ev.wait()
        except asyncio.CancelledError:
            log.append("caught, waiting again")
            asyncio.current_task().uncancel()
        await ev.wait()
        log.append("second wait done")
        return "ok"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("waiting again:", len(ev._waiters), clean(t))
    ev.set()
    print(await t, log)


async def self_cancel_then_wait():
    ev = asyncio.Event()

    async def me():
        asyncio.current_task().cancel("self")
        try:
            await ev.wait()
        except asyncio.CancelledError as e:
            return f"cancelled at wait {e.args}, waiters {len(ev._waiters)}"

    print(await asyncio.create_task(me()))


async def by_hand():
    ev = asyncio.Event()
    coro = ev.wait()
    y = coro.send(None)
    print("yielded", clean(y), y in ev._waiters)
    ev.set()
    try:
        coro.send(None)
    except StopIteration as e:
        print("returned", e.value, len(ev._waiters))


async def through_layers():
    ev, log = asyncio.Event(), []

    ev2 = asyncio.Event()

    class Waits:
        def __await__(self):
            return (yield from ev2.wait().__await__())

    async def agen():
        await ev.wait()
        yield "from agen"

    async def nested():
        return await waiter("n", ev, log)

    async def use_all():
        r1 = await nested()
        async for x in agen():
            log.append(x)
        log.append(await Waits())
        return r1

    t = asyncio.create_task(use_all())
    await asyncio.sleep(0)
    print("nested waits:", len(ev._waiters), clean(t))
    ev.set()
    await asyncio.sleep(0)
    print("in __await__:", clean(t), clean(ev2._waiters))
    ev2.set()
    print(await t, log)


async def timeout_on_wait():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except TimeoutError:
        print("timed out, waiters", len(ev._waiters))
    try:
        async with asyncio.timeout(0.1):
            await ev.wait()
    except TimeoutError:
        print("timeout block, waiters", len(ev._waiters))


async def gather_then_cancel_all():
    ev, log = asyncio.Event(), []
    ts = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in range(4)]
    await asyncio.sleep(0)
    g = asyncio.gather(*ts, return_exceptions=True)
    ts[1].cancel()
    ev.set()
    ts[2].cancel()
    print([type(r).__name__ for r in await g])
    print(log)


async def main():
    for f in (set_then_cancel, cancel_then_set, uncancelled_retry, self_cancel_then_wait,
              by_hand, through_layers, timeout_on_wait, gather_then_cancel_all):
        print(f"-- {f.__name__}")
        await f()


asyncio.run(main())
