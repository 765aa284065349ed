# asyncio.Event and asyncio.Lock: waiting for a signal, mutual exclusion around a shared counter.
import asyncio

async def waiter(name, event, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")

async def setter(event, log):
    await asyncio.sleep(0.1)
    log.append("setting event")
    event.set()

async def unsafe_increment(state):
    value = state["n"]
    await asyncio.sleep(0)
    state["n"] = value + 1

async def safe_increment(state, lock):
    async with lock:
        value = state["n"]
        await asyncio.sleep(0)
        state["n"] = value + 1

async def main():
    log = []
    event = asyncio.Event()
    print("is_set:", event.is_set())
    await asyncio.gather(waiter("w1", event, log), waiter("w2", event, log), setter(event, log))
    print(log, event.is_set())
    event.clear()
    print("cleared:", event.is_set())

    state = {"n": 0}
    await asyncio.gather(*(unsafe_increment(state) for _ in range(10)))
    print("without lock:", state["n"])
    state = {"n": 0}
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(state, lock) for _ in range(10)))
    print("with lock:", state["n"], "locked now:", lock.locked())

    order = []
    async def holder(name, hold):
        async with lock:
            order.append(f"{name} acquired")
            await asyncio.sleep(hold)
            order.append(f"{name} releasing")
    await asyncio.gather(holder("A", 0.2), holder("B", 0.1), holder("C", 0))
    print(order)

asyncio.run(main())
