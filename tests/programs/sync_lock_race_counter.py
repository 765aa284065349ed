# Classic race: read-await-write on a shared counter loses updates without a lock, not with one.
import asyncio

counter = 0


async def unsafe(name, times, trace):
    global counter
    for i in range(times):
        seen = counter
        await asyncio.sleep(0)
        counter = seen + 1
        if i == 0:
            trace.append(f"{name} wrote {counter}")


async def safe(name, times, lock, trace):
    global counter
    for i in range(times):
        async with lock:
            seen = counter
            await asyncio.sleep(0)
            counter = seen + 1
            if i == 0:
                trace.append(f"{name} wrote {counter}")


async def main():
    global counter
    trace = []
    await asyncio.gather(*(unsafe(f"u{i}", 10, trace) for i in range(4)))
    print("without lock: expected 40, got", counter)
    print(" ", trace)

    counter = 0
    trace = []
    lock = asyncio.Lock()
    await asyncio.gather(*(safe(f"s{i}", 10, lock, trace) for i in range(4)))
    print("with lock: expected 40, got", counter)
    print(" ", trace)

    # Bank transfers: check-then-act with an await in the middle
    balances = {"alice": 100, "bob": 50}
    lock = asyncio.Lock()

    async def withdraw(who, amount, use_lock):
        async def body():
            if balances[who] >= amount:
                await asyncio.sleep(0.01)
                balances[who] -= amount
                return f"{who} -{amount} ok"
            return f"{who} -{amount} refused"
        if use_lock:
            async with lock:
                return await body()
        return await body()

    for use_lock in (False, True):
        balances["alice"] = 100
        res = await asyncio.gather(*(withdraw("alice", 60, use_lock) for _ in range(3)))
        print("use_lock" if use_lock else "no_lock", res, "balance:", balances["alice"])


asyncio.run(main())
