# Exceptions escaping call_soon callbacks and unawaited tasks go to the loop's exception handler; the loop keeps running.
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0].split(":")[0], "|", repr(exc), "| keys:", sorted(context))

def bad_callback(n):
    print("bad_callback running", n)
    raise ZeroDivisionError(f"callback {n} failed")

async def main():
    loop = asyncio.get_running_loop()
    print("default handler is None:", loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    loop.call_soon(print, "next callback still runs")
    loop.call_later(0.1, bad_callback, 2)
    await asyncio.sleep(0.2)
    print("loop survived")
    loop.call_exception_handler({"message": "custom report", "extra": 5})
    loop.set_exception_handler(None)
    print("handler removed:", loop.get_exception_handler() is None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
