# Worker pool: N workers pull jobs from a Queue, main join()s, then cancels the idle workers and collects stats.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    jobs = asyncio.Queue()
    results = {}
    log = []

    async def worker(name):
        handled = 0
        try:
            while True:
                job = await jobs.get()
                try:
                    if job == 7:
                        raise ValueError(f"bad job {job}")
                    await asyncio.sleep(0.125 * (job % 3 + 1))
                    results[job] = f"{name}:{job * job}"
                    handled += 1
                except ValueError as e:
                    log.append(f"{loop.time():.3f} {name} error: {e}")
                finally:
                    jobs.task_done()
        except asyncio.CancelledError:
            log.append(f"{loop.time():.3f} {name} cancelled after {handled} jobs")
            raise

    for j in range(10):
        jobs.put_nowait(j)
    workers = [asyncio.create_task(worker(f"w{i}"), name=f"w{i}") for i in range(3)]
    await jobs.join()
    log.append(f"{loop.time():.3f} all jobs done, {str(jobs)}")
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    for line in log:
        print(line)
    print("outcome:", [type(o).__name__ for o in outcome])
    print("all cancelled:", all(w.cancelled() for w in workers))
    for job in sorted(results):
        print(job, results[job])

    # A second round: cancel workers while jobs remain; unfinished count stays
    for j in range(6):
        jobs.put_nowait(j)
    workers = [asyncio.create_task(worker(f"v{i}")) for i in range(2)]
    await asyncio.sleep(0.3)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("left after early cancel:", str(jobs))


asyncio.run(main())
