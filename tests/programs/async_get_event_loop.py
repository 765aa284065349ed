# get_running_loop vs get_event_loop inside and outside a running loop; events loop identity within a run.
import asyncio

async def inner(loop):
    await asyncio.sleep(0)
    return asyncio.get_running_loop() is loop and asyncio.get_event_loop() is loop

async def main():
    loop = asyncio.get_running_loop()
    print("get_event_loop is running loop:", asyncio.get_event_loop() is loop)
    print("same loop in task:", await asyncio.create_task(inner(loop)))
    print("is_running:", loop.is_running(), "is_closed:", loop.is_closed())
    fut = loop.create_future()
    print("future loop:", fut.get_loop() is loop)
    t = asyncio.current_task()
    print("task loop:", t.get_loop() is loop)
    return loop

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("before run:", e)
loop = asyncio.run(main())
print("after run closed:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
manual = asyncio.new_event_loop()
asyncio.set_event_loop(manual)
print("get_event_loop returns the set loop:", asyncio.get_event_loop() is manual)
print(manual.run_until_complete(inner(manual)))
manual.close()
asyncio.set_event_loop(None)
print("end")
