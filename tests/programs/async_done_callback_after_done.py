# add_done_callback on an already-finished future schedules the callback with call_soon (never runs it inline).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("R")
    print("adding callback to done future")
    fut.add_done_callback(lambda f: print("late callback ran:", f.result()))
    print("add_done_callback returned (callback not yet run)")
    loop.call_soon(print, "call_soon after add")
    await asyncio.sleep(0)
    print("after sleep(0)")

    async def quick():
        return "quick"
    t = asyncio.create_task(quick())
    await t
    t.add_done_callback(lambda f: print("late task callback:", f.result()))
    t.add_done_callback(lambda f: print("second late task callback"))
    print("registered two late callbacks")
    await asyncio.sleep(0)

    c = loop.create_future()
    c.cancel()
    c.add_done_callback(lambda f: print("callback on cancelled future, cancelled() =", f.cancelled()))
    e = loop.create_future()
    e.set_exception(KeyError("k"))
    e.add_done_callback(lambda f: print("callback on failed future:", repr(f.exception())))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
