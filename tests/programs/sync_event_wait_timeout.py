# Event.wait() under wait_for/timeout and cancellation: waiters are removed, and set() later still works.
import asyncio


def state(ev):
    return repr(ev).split("[")[-1].rstrip("]>")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except asyncio.TimeoutError:
        print(f"{loop.time():.2f} wait_for timed out:", state(ev))

    try:
        async with asyncio.timeout(0.25):
            await ev.wait()
    except TimeoutError:
        print(f"{loop.time():.2f} timeout cm expired:", state(ev))

    waiters = [asyncio.create_task(ev.wait(), name=f"w{i}") for i in range(4)]
    await asyncio.sleep(0)
    print("four waiting:", state(ev))
    waiters[1].cancel()
    waiters[2].cancel()
    await asyncio.sleep(0)
    print("two cancelled:", state(ev))
    ev.set()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    print("results:", [r if r is True else type(r).__name__ for r in results])
    print("after:", state(ev))

    # Racing: the event gets set exactly when the timeout fires (same instant, FIFO)
    ev2 = asyncio.Event()
    loop.call_later(1, ev2.set)
    try:
        r = await asyncio.wait_for(ev2.wait(), 1)
        print("tie: woke", r)
    except asyncio.TimeoutError:
        print("tie: timed out")
    print("ev2:", state(ev2))

    # wait_for with a timeout longer than needed returns True
    ev3 = asyncio.Event()
    loop.call_later(0.5, ev3.set)
    print("in time:", await asyncio.wait_for(ev3.wait(), 2), f"at {loop.time():.2f}")

    # cancel a task blocked on an event and check its exception
    ev4 = asyncio.Event()
    t = asyncio.create_task(ev4.wait())
    await asyncio.sleep(0)
    t.cancel("stop waiting")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with:", e.args)
    print("ev4:", state(ev4))


asyncio.run(main())
