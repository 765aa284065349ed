# current_task() inside tasks and callbacks, all_tasks() contents as tasks start and finish.
import asyncio

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def worker(d):
    me = asyncio.current_task()
    print("worker sees itself:", me.get_name())
    await asyncio.sleep(d)
    print("worker", me.get_name(), "finishing; all:", names(asyncio.all_tasks()))

async def main():
    me = asyncio.current_task()
    print("main:", me.get_name(), "all:", names(asyncio.all_tasks()))
    ts = [asyncio.create_task(worker(d), name=f"w{d}") for d in (3, 1, 2)]
    print("after create:", names(asyncio.all_tasks()))
    print("main in all_tasks:", me in asyncio.all_tasks())
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("in callback current_task:", asyncio.current_task()))
    await asyncio.sleep(1.5)
    print("at 1.5:", names(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("end:", names(asyncio.all_tasks()))
    print("current_task(loop) same:", asyncio.current_task(loop) is me)

try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside loop:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
