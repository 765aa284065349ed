# Sleeping tasks: what their reprs show while they sleep, and after their
# timer fired but before they ran; cancelling them before and after the
# timer fires; sleep's result; a sleep driven by hand.
import asyncio
import re


def clean(s):
    s = re.sub(r"running at .*?:(\d+)", r"running at FILE:\1", str(s))
    return re.sub(r" at 0x[0-9a-f]+", "", s)


async def sleeper(name, delay, log):
    try:
        r = await asyncio.sleep(delay, result=f"{name} rested")
        log.append(r)
        return r
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise


async def main():
    log = []
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(sleeper("a", 1, log))
    d = asyncio.create_task(asyncio.sleep(1))
    b = asyncio.create_task(sleeper("b", 1, log))
    c = asyncio.create_task(sleeper("c", 2, log))
    await asyncio.sleep(0)
    print(clean(a))
    print(clean(a._fut_waiter), clean(d._fut_waiter))
    c.cancel("early")
    print(clean(c))

    def at_one():
        # a's and b's timers have fired in this iteration: woken, not run.
        print("at 1:", clean(a._fut_waiter), clean(b._fut_waiter))
        print("cancel b:", b.cancel("late"), b.cancelling(), clean(d._fut_waiter))

    loop.call_at(loop.time() + 1, at_one)
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([clean(repr(r)) for r in res], b._cancel_message, await d)
    print(log)

    print(await asyncio.wait_for(asyncio.sleep(0.5, "in time"), 1))
    try:
        await asyncio.wait_for(asyncio.sleep(2, "too late"), 1)
    except TimeoutError:
        print("timed out at", loop.time() > 0)
    print(await asyncio.shield(asyncio.sleep(0.1, "shielded")))

    co = asyncio.sleep(0.1, "by hand")
    y = co.send(None)
    print("yielded", clean(y))
    await asyncio.sleep(0.2)
    print(clean(y))
    try:
        co.send(None)
    except StopIteration as e:
        print("returned", e.value)


asyncio.run(main())
