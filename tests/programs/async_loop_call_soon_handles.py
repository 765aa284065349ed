# loop.call_soon returns a Handle; cancel() prevents the call; cancelled() reports it; args are passed through.
import asyncio

def say(*args):
    print("say", *args)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(say, 1, "a")
    h2 = loop.call_soon(say, 2, "b")
    h3 = loop.call_soon(say, 3, "c")
    print(type(h1).__name__, isinstance(h1, asyncio.Handle))
    print("cancelled before:", h2.cancelled())
    h2.cancel()
    h2.cancel()
    print("cancelled after:", h2.cancelled(), h1.cancelled())
    await asyncio.sleep(0)
    print("after one iteration")
    h3.cancel()
    print("cancel after run is harmless:", h3.cancelled())

    order = []
    def chain(n):
        order.append(n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 0)
    loop.call_soon(order.append, "x")
    await asyncio.sleep(0)
    print("after 1 iteration:", order)
    await asyncio.sleep(0)
    print("after 2 iterations:", order)
    await asyncio.sleep(0.01)
    print("after sleeping:", order)

asyncio.run(main())
