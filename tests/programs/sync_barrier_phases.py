# Barriers across phases: workers compute a 1-D heat diffusion step, then sync before the next phase.
import asyncio

N = 4
STEPS = 4


async def main():
    grid = [0, 0, 100, 0, 0, 0, 0, 100]
    chunk = len(grid) // N
    barrier = asyncio.Barrier(N)
    new = grid[:]
    log = []

    async def worker(w):
        nonlocal grid, new
        lo, hi = w * chunk, (w + 1) * chunk
        for step in range(STEPS):
            # phase 1: compute my slice from the shared old grid
            await asyncio.sleep(0.01 * ((w * 3 + step) % 4))  # uneven work
            for i in range(lo, hi):
                left = grid[i - 1] if i > 0 else grid[i]
                right = grid[i + 1] if i < len(grid) - 1 else grid[i]
                new[i] = (left + 2 * grid[i] + right) // 4
            idx = await barrier.wait()
            if idx == 0:
                # exactly one party swaps buffers
                grid, new = new, grid[:]
                log.append(f"step {step}: {grid} (swapped by w{w})")
            # phase 2: nobody may read before the swap is done
            await barrier.wait()
        return w

    done = await asyncio.gather(*(worker(w) for w in range(N)))
    for line in log:
        print(line)
    print("workers:", done, "sum:", sum(grid))
    print("barrier idle:", barrier.n_waiting, barrier.broken)

    # A barrier cycle with the last arrival doing the "action"
    b = asyncio.Barrier(3)
    order = []

    async def runner(name, laps):
        for lap in range(laps):
            await asyncio.sleep(0.1 * (len(name) + lap % 2))
            order.append(f"{name} ready lap{lap}")
            i = await b.wait()
            if i == b.parties - 1:
                order.append(f"-- lap {lap} complete (last: {name})")

    await asyncio.gather(runner("ann", 3), runner("bo", 3), runner("cecil", 3))
    for line in order:
        print(line)


asyncio.run(main())
