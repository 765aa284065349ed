# Manual loop management: new_event_loop, set_event_loop, run_until_complete, is_running, close, is_closed.
import asyncio

async def compute(x):
    loop = asyncio.get_running_loop()
    print("inside: running loop is ours:", loop is the_loop, "is_running:", loop.is_running())
    await asyncio.sleep(0.1)
    return x * 2

the_loop = asyncio.new_event_loop()
asyncio.set_event_loop(the_loop)
print("is_running before:", the_loop.is_running(), "is_closed:", the_loop.is_closed())
print("result:", the_loop.run_until_complete(compute(21)))
print("second run:", the_loop.run_until_complete(compute(5)))
fut = the_loop.create_future()
the_loop.call_soon(fut.set_result, "from call_soon")
print("future:", the_loop.run_until_complete(fut))
task = the_loop.create_task(compute(100))
print("task result:", the_loop.run_until_complete(task), task.done())
print("is_running after:", the_loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
the_loop.close()
print("is_closed:", the_loop.is_closed())
the_loop.close()
print("close twice ok")
coro = compute(1)
try:
    the_loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    the_loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)
print("end")
