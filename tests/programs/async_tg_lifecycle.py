# TaskGroup's states as its repr and its errors show them: before entering,
# entered with children, shutting down after a failure, finished; and what
# create_task says in each state.
import asyncio
import re


async def child(n, fail=False):
    await asyncio.sleep(n / 10)
    if fail:
        raise ValueError(f"child {n} failed")
    return n


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = child(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("before enter:", e)
    coro.close()

    async with tg:
        t1 = tg.create_task(child(1), name="first")
        t2 = tg.create_task(child(2))
        print(repr(tg))
        print(t1.get_name(), t2.get_name().startswith("Task-"))
        # co_filename is absolute or relative depending on how the script started
        print(re.sub(r"\S*/(async_tg_lifecycle\.py)", r"\1", repr(t1)))
    print(repr(tg), t1.result(), t2.result())
    late = child(3)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("after exit:", e)
    late.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("enter twice:", e)

    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(child(1, fail=True))
            slow = tg2.create_task(child(5))
            await asyncio.sleep(0.2)
            print("body still running?", repr(tg2))
            c = child(9)
            try:
                tg2.create_task(c)
            except RuntimeError as e:
                print("while aborting:", e)
            c.close()
    except* ValueError as eg:
        print("caught:", [str(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled(), repr(tg2))


asyncio.run(main())
