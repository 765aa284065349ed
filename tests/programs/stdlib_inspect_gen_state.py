# inspect.getgeneratorstate and getcoroutinestate through a generator's and a
# coroutine's life, asked from inside the running generator too.
import inspect, asyncio
def g():
    print("inside:", inspect.getgeneratorstate(me))
    yield 1
    return 5
me = g()
print(inspect.getgeneratorstate(me))
next(me)
print(inspect.getgeneratorstate(me))
try:
    next(me)
except StopIteration as e:
    print("stop", e.value)
print(inspect.getgeneratorstate(me))
x = g()
x.close()
print(inspect.getgeneratorstate(x), inspect.GEN_CLOSED, inspect.CORO_RUNNING)
async def c():
    await asyncio.sleep(0)
co = c()
print(inspect.getcoroutinestate(co))
co.send(None)
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
try:
    inspect.getgeneratorstate(co)
except AttributeError as e:
    print("AttributeError:", e)
