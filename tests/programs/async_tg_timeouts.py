# TaskGroups under asyncio.timeout and wait_for, shield surviving a timeout,
# an async generator closed by cancelling its consumer, as_completed order,
# and a rescheduled timeout that ends the program with TimeoutError.
import asyncio

async def slow(n, log):
    try:
        await asyncio.sleep(n)
        log.append(f"slow {n} done")
        return n
    except asyncio.CancelledError:
        log.append(f"slow {n} cancelled")
        raise

async def main():
    log = []
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                for n in (1, 2, 3):
                    tg.create_task(slow(n, log))
    except TimeoutError as e:
        # 3.11 keeps a group's tasks in a set: the order it cancels them
        # in follows their addresses, so only the outcome is printed.
        print("timeout", repr(e), sorted(log))

    log = []
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(5, log))
            await asyncio.sleep(10)
    try:
        await asyncio.wait_for(body(), 1)
    except TimeoutError:
        print("wait_for timeout", log)

    log = []
    inner = asyncio.create_task(slow(2, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 1)
    except TimeoutError:
        print("shielded survived:", inner.done(), log)
    print(await inner, log)

    async def agen():
        try:
            for i in range(10):
                yield i
                await asyncio.sleep(0.5)
        finally:
            print("agen finally")
    async def consume():
        async for x in agen():
            print("got", x)
    t = asyncio.create_task(consume())
    await asyncio.sleep(1.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")

    done = []
    for coro in asyncio.as_completed([slow(3, log), slow(1, log), slow(2, log)]):
        done.append(await coro)
    print(done)

    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.5)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees cancel")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("outer TimeoutError")
