# When a future completes, plain done-callbacks and waiting tasks are all scheduled with call_soon in registration order.
import asyncio

async def waiter(name, fut):
    print(f"{name} waiting")
    v = await fut
    print(f"{name} resumed with {v}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback A", f.result()))
    t1 = asyncio.create_task(waiter("task1", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("callback B", f.result()))
    t2 = asyncio.create_task(waiter("task2", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("callback C", f.result()))
    loop.call_soon(print, "call_soon queued before set_result")
    print("setting result")
    fut.set_result(42)
    loop.call_soon(print, "call_soon queued after set_result")
    print("set_result returned; nothing resumed yet")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.gather(t1, t2)
    print("all done")

asyncio.run(main())
