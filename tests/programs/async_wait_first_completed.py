# asyncio.wait(FIRST_COMPLETED) in a loop: returns as soon as one finishes; ties finish together.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = set()
    for name, delay in [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.1), ("e", 0.5)]:
        tasks.add(asyncio.create_task(job(name, delay), name=name))
    pending = tasks
    rnd = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rnd += 1
        print(f"round {rnd}: done={names(done)} pending={names(pending)}")
        print("   results:", sorted(t.result() for t in done))
    print(type(done).__name__, type(pending).__name__)

    # an already-done task makes wait return immediately
    fin = asyncio.create_task(job("fin", 0), name="fin")
    await asyncio.sleep(0.01)
    slow = asyncio.create_task(job("slow", 1), name="slow")
    done, pending = await asyncio.wait([fin, slow], return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    slow.cancel()
    await asyncio.wait([slow])
    print("slow cancelled:", slow.cancelled())

    # wait does not cancel pending tasks on timeout
    t = asyncio.create_task(job("t", 0.5), name="t")
    done, pending = await asyncio.wait({t}, timeout=0.1, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending), t.done())
    print(await t)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([t], return_when="sometimes")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
