# run_forever runs until stop() is called; stop before run_forever; callbacks scheduled before stop still run.
import asyncio

loop = asyncio.new_event_loop()
count = 0

def tick():
    global count
    count += 1
    print("tick", count, "running:", loop.is_running())
    if count < 4:
        loop.call_later(0.1, tick)
    else:
        loop.call_soon(print, "scheduled just before stop")
        loop.stop()
        print("stop() called")

loop.call_soon(tick)
loop.run_forever()
print("run_forever returned; count =", count, "running:", loop.is_running())

loop.call_soon(print, "queued while stopped")
loop.stop()
loop.run_forever()
print("stop before run_forever: ran one iteration then returned")

async def stopper():
    await asyncio.sleep(0.2)
    print("stopper stopping loop")
    loop.stop()
    await asyncio.sleep(0)
    print("stopper resumed in next run")
    return "stopper done"

t = loop.create_task(stopper())
loop.run_forever()
print("task done after first run_forever:", t.done())
print(loop.run_until_complete(t))

async def inner():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    s = asyncio.sleep(0)
    try:
        loop.run_until_complete(s)
    except RuntimeError as e:
        print("RuntimeError:", e)
    s.close()

c = inner()
loop.run_until_complete(c)
loop.close()
print("closed:", loop.is_closed())
