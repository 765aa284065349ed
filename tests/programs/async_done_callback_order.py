# Done-callbacks on tasks and futures run via call_soon, in registration order, after the task finishes.
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    print(f"job {n} returning")
    return n * 10

def make_cb(tag):
    def cb(t):
        print(f"cb {tag}: done={t.done()} result={t.result()}")
    return cb

async def main():
    t = asyncio.create_task(job(1))
    for tag in "xyz":
        t.add_done_callback(make_cb(tag))
    t.add_done_callback(make_cb("x-again"))
    print("awaiting job 1")
    r = await t
    print("await returned", r)
    await asyncio.sleep(0)
    print("after sleep(0)")

    a = asyncio.create_task(job(2))
    b = asyncio.create_task(job(2))
    a.add_done_callback(make_cb("a1"))
    b.add_done_callback(make_cb("b1"))
    a.add_done_callback(make_cb("a2"))
    b.add_done_callback(make_cb("b2"))
    await asyncio.sleep(0.05)
    print("both finished")

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("future cb 1 sees", fut.result()))
    f.add_done_callback(lambda fut: print("future cb 2 sees", fut.result()))
    loop.call_soon(f.set_result, "hello")
    loop.call_soon(print, "plain call_soon after set_result was scheduled")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0)
    print("after two iterations")

asyncio.run(main())
