# sync_lock.py -- protecting a shared bank balance with asyncio.Lock.
#
# Shows: a lost-update race when tasks read, await, then write shared
# state; the same code made safe with `async with lock`; locked(); and
# that waiters get the lock in the order they asked for it.

import asyncio

balance = 0


async def deposit_unsafe(amount):
    global balance
    current = balance                  # read...
    await asyncio.sleep(0.01)          # ...another task runs here...
    balance = current + amount         # ...and its update is overwritten


async def deposit_safe(lock, amount):
    global balance
    async with lock:                   # only one task in here at a time
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount


async def customer(lock, name, order):
    async with lock:
        order.append(name)             # records who got the lock when
        await asyncio.sleep(0.1)


async def main():
    global balance
    loop = asyncio.get_running_loop()

    balance = 0
    await asyncio.gather(*(deposit_unsafe(10) for _ in range(5)))
    print(f"without a lock: balance {balance} (expected 50)")

    balance = 0
    lock = asyncio.Lock()
    start = loop.time()
    await asyncio.gather(*(deposit_safe(lock, 10) for _ in range(5)))
    # The lock serialised the five deposits: 5 x 0.01 s of virtual time.
    print(f"with a lock:    balance {balance}, took {round(loop.time() - start, 2)} s")

    print("locked before:", lock.locked())
    async with lock:
        print("locked inside:", lock.locked())
    print("locked after: ", lock.locked())

    # Waiters are served first come, first served (FIFO).
    order = []
    await asyncio.gather(*(customer(lock, n, order) for n in ["ann", "bob", "cy"]))
    print("served in order:", order)

    try:
        lock.release()                 # releasing an unlocked lock is an error
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
