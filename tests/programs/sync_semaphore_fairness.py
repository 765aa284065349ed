# Semaphore fairness (3.11): a released slot goes to the first queued waiter, never to a newcomer.
import asyncio


def state(sem):
    return repr(sem).split("[")[-1].rstrip("]>")


async def main():
    sem = asyncio.Semaphore(2)
    order = []

    async def user(name, hold):
        await sem.acquire()
        order.append(f"{name}+")
        await asyncio.sleep(hold)
        order.append(f"{name}-")
        sem.release()

    tasks = [asyncio.create_task(user(f"u{i}", 0.5 * (i % 3 + 1))) for i in range(6)]
    await asyncio.sleep(0)
    print("after start:", state(sem), "locked:", sem.locked())
    await asyncio.sleep(0.5)
    # u0 released at 0.5; its slot went straight to u2 (first waiter)
    print("at 0.5:", state(sem), order)
    # A newcomer now must queue behind the existing waiters.
    tasks.append(asyncio.create_task(user("late", 0.1)))
    await asyncio.gather(*tasks)
    print("order:", " ".join(order))
    print("end:", state(sem))

    # release() with no one waiting just raises value; synchronous newcomer sees it free
    sem = asyncio.Semaphore(0)
    print("zero sem:", state(sem), sem.locked())
    got = []

    async def waiter(name):
        await sem.acquire()
        got.append(name)

    ws = [asyncio.create_task(waiter(n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print("waiting:", state(sem))
    sem.release()
    print("after 1 release:", state(sem), "locked:", sem.locked())
    # main tries to acquire now: the slot is promised to w1, so main queues behind w2, w3
    main_task = asyncio.create_task(waiter("main-newcomer"))
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print("got:", got, state(sem))
    sem.release()
    await asyncio.gather(*ws, main_task)
    print("got:", got, state(sem))


asyncio.run(main())
