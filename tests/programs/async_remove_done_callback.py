# remove_done_callback removes every registration of a callback and returns how many were removed.
import asyncio

def cb1(f):
    print("cb1", f.result())

def cb2(f):
    print("cb2", f.result())

def cb3(f):
    print("cb3", f.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb1)
    fut.add_done_callback(cb3)
    fut.add_done_callback(cb1)
    print("removed cb1:", fut.remove_done_callback(cb1))
    print("removed cb1 again:", fut.remove_done_callback(cb1))
    print("removed never-added:", fut.remove_done_callback(print))
    fut.set_result(7)
    print("removed cb3 after set_result:", fut.remove_done_callback(cb3))
    await asyncio.sleep(0)
    print("after sleep")

    async def work():
        await asyncio.sleep(0.1)
        return "w"
    t = asyncio.create_task(work())
    t.add_done_callback(cb2)
    t.add_done_callback(cb3)
    print("removed cb2 from task:", t.remove_done_callback(cb2))
    await t
    await asyncio.sleep(0)
    print("removed from done task:", t.remove_done_callback(cb3))

asyncio.run(main())
