# asyncio.shield: cancelling the outer await does not cancel the shielded task, which finishes on its own.
import asyncio

async def important(log):
    log.append("important started")
    await asyncio.sleep(0.3)
    log.append("important finished")
    return "saved"

async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("caller: cancelled while shielding")
        raise

async def main():
    log = []
    t = asyncio.create_task(important(log))
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("caller cancelled:", c.cancelled(), "inner done:", t.done())
    print("inner result:", await t, log)

    r = await asyncio.shield(important(log))
    print("shield of coroutine, uncancelled:", r)

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    s = asyncio.shield(f)
    print("shield returns a new future:", s is not f)
    s.cancel()
    await asyncio.sleep(0)
    print("outer cancelled:", s.cancelled(), "inner cancelled:", f.cancelled())
    f.set_result(1)

    g = loop.create_future()
    sg = asyncio.shield(g)
    g.cancel()
    await asyncio.sleep(0)
    print("cancelling inner cancels the shield future:", sg.cancelled())

    h = loop.create_future()
    sh = asyncio.shield(h)
    h.set_exception(ValueError("inner error"))
    try:
        await sh
    except ValueError as e:
        print("exception passes through shield:", e)

    done = loop.create_future()
    done.set_result("x")
    print("shield of done future returns it:", asyncio.shield(done) is done)

asyncio.run(main())
