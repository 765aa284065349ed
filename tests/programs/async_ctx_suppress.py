# Custom __aenter__/__aexit__: suppression by truthy return, errors in __aenter__ and __aexit__, exit args.
import asyncio

class Guard:
    def __init__(self, name, suppress=(), result=None):
        self.name = name
        self.suppress = suppress
        self.result = result
    async def __aenter__(self):
        print(f"  enter {self.name}")
        await asyncio.sleep(0)
        return self.result if self.result is not None else self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print(f"  exit {self.name}: {et.__name__ if et else None} {ev!r} tb={'yes' if tb else 'no'}")
        return et is not None and issubclass(et, self.suppress)

class Truthy:
    def __bool__(self):
        print("  __bool__ consulted")
        return True

class TruthyExit:
    async def __aenter__(self):
        return "value"
    async def __aexit__(self, *a):
        return Truthy()

class BadEnter:
    async def __aenter__(self):
        raise OSError("cannot enter")
    async def __aexit__(self, *a):
        print("  never called")

class BadExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        raise RuntimeError(f"exit failed while handling {et.__name__ if et else None}")

async def main():
    async with Guard("g1", suppress=(KeyError,)) as g:
        print("  body", g.name)
        raise KeyError("suppressed")
    print("after g1")

    try:
        async with Guard("g2", suppress=(KeyError,)):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("ValueError escaped:", e)

    async with Guard("outer", suppress=(ValueError,)):
        async with Guard("inner", suppress=(KeyError,)):
            raise ValueError("inner lets it through")
    print("outer suppressed it")

    async with TruthyExit() as v:
        print("  got", v)
        raise IndexError("eaten")
    print("truthy object suppresses")

    try:
        async with BadEnter():
            print("  body not run")
    except OSError as e:
        print("enter failed:", e)

    try:
        async with BadExit():
            raise ValueError("original")
    except RuntimeError as e:
        print("exit error:", e, "| context:", repr(e.__context__))

    async with Guard("g3", result="custom") as v:
        print("  as-value", v)

    # return inside async with still calls __aexit__
    async def f():
        async with Guard("ret"):
            return "returned"
    print(await f())

    # break in a loop
    for i in range(3):
        async with Guard(f"loop{i}"):
            if i == 1:
                break
    print("loop broke at", i)

    # __aexit__ must return an awaitable
    class SyncExit:
        async def __aenter__(self):
            return self
        def __aexit__(self, *a):
            return False
    try:
        async with SyncExit():
            pass
    except TypeError as e:
        print("TypeError:", e)

    # object without async context protocol
    class Plain:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            pass
    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
