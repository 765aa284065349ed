# Interleaving of call_soon callbacks, task steps and future wakeups within single loop iterations.
import asyncio

log = []

async def task_body(name, fut):
    log.append(f"{name}:start")
    await asyncio.sleep(0)
    log.append(f"{name}:after sleep0")
    v = await fut
    log.append(f"{name}:got {v}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(log.append, "cb1")
    t1 = asyncio.create_task(task_body("T1", fut))
    loop.call_soon(log.append, "cb2")
    t2 = asyncio.create_task(task_body("T2", fut))
    loop.call_soon(log.append, "cb3")
    log.append("main:before await")
    await asyncio.sleep(0)
    log.append("main:iteration1")
    print(log)
    log.clear()
    loop.call_soon(fut.set_result, "V")
    loop.call_soon(log.append, "cb4")
    await asyncio.sleep(0)
    log.append("main:iteration2")
    print(log)
    log.clear()
    await asyncio.sleep(0)
    log.append("main:iteration3")
    print(log)
    log.clear()
    await asyncio.sleep(0)
    log.append("main:iteration4")
    print(log)
    log.clear()
    await asyncio.gather(t1, t2)
    print("final:", log)

asyncio.run(main())
