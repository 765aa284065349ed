# notify_all broadcast: waiters resume one at a time (each re-acquires the lock) in FIFO order; late waiters are not woken.
import asyncio


async def main():
    cond = asyncio.Condition()
    generation = 0
    log = []

    async def follower(name, rounds):
        seen = 0
        for _ in range(rounds):
            async with cond:
                await cond.wait_for(lambda: generation > seen)
                seen = generation
                log.append(f"{name} sees gen {seen} (locked={cond.locked()})")
                await asyncio.sleep(0.01)  # hold the lock a while: others queue on it

    async def leader():
        nonlocal generation
        for g in range(1, 4):
            await asyncio.sleep(1)
            async with cond:
                generation = g
                log.append(f"leader bumps to {g}")
                cond.notify_all()
        log.append("leader done")

    late_log = []

    async def latecomer():
        await asyncio.sleep(1.5)
        async with cond:
            late_log.append("late waits")
            await cond.wait()
            late_log.append(f"late woke at gen {generation}")

    await asyncio.gather(follower("f1", 3), follower("f2", 3), follower("f3", 2), leader(), latecomer())
    for line in log:
        print(line)
    print(late_log)


asyncio.run(main())
