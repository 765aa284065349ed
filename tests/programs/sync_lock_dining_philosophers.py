# Dining philosophers: a Lock per fork, deadlock avoided by ordered acquisition, plus a Semaphore(n-1) variant.
import asyncio

N = 5


async def dine(strategy):
    loop = asyncio.get_running_loop()
    forks = [asyncio.Lock() for _ in range(N)]
    seats = asyncio.Semaphore(N - 1)
    meals = [0] * N
    log = []

    async def philosopher(i):
        left, right = i, (i + 1) % N
        for meal in range(2):
            await asyncio.sleep(0.01 * ((i * 7 + meal * 3) % 5))  # think
            if strategy == "ordered":
                first, second = sorted((left, right))
                async with forks[first]:
                    await asyncio.sleep(0)
                    async with forks[second]:
                        log.append(f"{loop.time():.2f} p{i} eats ({first},{second})")
                        await asyncio.sleep(0.05)
                        meals[i] += 1
            else:
                async with seats:
                    async with forks[left]:
                        await asyncio.sleep(0)
                        async with forks[right]:
                            log.append(f"{loop.time():.2f} p{i} eats ({left},{right})")
                            await asyncio.sleep(0.05)
                            meals[i] += 1

    await asyncio.gather(*(philosopher(i) for i in range(N)))
    print(f"== {strategy}")
    for line in log:
        print(line)
    print("meals:", meals, "forks free:", all(not f.locked() for f in forks))


async def deadlock_demo():
    # Everyone grabs the left fork first: with a timeout we can observe the deadlock.
    forks = [asyncio.Lock() for _ in range(N)]

    async def greedy(i):
        async with forks[i]:
            await asyncio.sleep(0.01)
            async with forks[(i + 1) % N]:
                return f"p{i} ate"

    try:
        async with asyncio.timeout(1):
            await asyncio.gather(*(greedy(i) for i in range(N)))
    except TimeoutError:
        print("== naive: deadlocked, timed out at", asyncio.get_running_loop().time())
    print("forks free after timeout:", [not f.locked() for f in forks])


async def main():
    await dine("ordered")
    await dine("seats")
    await deadlock_demo()


asyncio.run(main())
