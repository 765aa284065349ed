# Cancelling tasks at different points: mid-sleep, between sleeps, and the timing of the CancelledError delivery.
import asyncio

async def stepper(name):
    i = 0
    try:
        while True:
            print(f"{name} step {i}")
            i += 1
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f"{name} cancelled after {i} steps")
        raise
    finally:
        print(f"{name} finally")

async def main():
    a = asyncio.create_task(stepper("a"))
    b = asyncio.create_task(stepper("b"))
    await asyncio.sleep(0.25)
    print("cancelling a")
    a.cancel()
    print("a.cancelled() right after cancel():", a.cancelled(), "done:", a.done())
    await asyncio.sleep(0)
    print("after one iteration: a.cancelled() =", a.cancelled())
    await asyncio.sleep(0.1)
    print("cancelling b")
    b.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])

    c = asyncio.create_task(stepper("c"))
    await asyncio.sleep(0)
    c.cancel()
    print("cancelling c from inside its first sleep; main now awaits it")
    try:
        await c
    except asyncio.CancelledError:
        print("main saw c cancelled")

asyncio.run(main())
