# Tasks and futures as values: hashing, equality, sets and dicts, attributes
# set on them, reprs, private state, a Python subclass of Future.
import asyncio
async def w(n):
    await asyncio.sleep(n)
    return n
async def main():
    t = asyncio.create_task(w(1))
    u = asyncio.create_task(w(2))
    s = {t, u}
    print(t in s, t == t, t == u, t != u, len(s), [t, u].index(u))
    s.discard(t)
    print(len(s), hash(t) == hash(t), type(t).__name__, isinstance(t, asyncio.Future), t.__class__ is asyncio.Task)
    t.started_at = 1.5
    t.done = "shadowed"
    print(t.started_at, t.done)
    del t.done
    print(t.done())
    try:
        del t.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    d = {t: "a"}
    print(d[t], str(t) == repr(t), f"{t!s}" == repr(t))
    print(sorted(x for x in dir(t) if not x.startswith("_"))[:6])
    f = asyncio.get_running_loop().create_future()
    print(f"{f}", format(f, ""), f._state, t._state)
    try:
        t._nope
    except AttributeError as e:
        print(e)
    class MyFut(asyncio.Future):
        def __init__(self, tag):
            super().__init__()
            self.tag = tag
        def __repr__(self):
            return f"<MyFut {self.tag} {self._state}>"
    m = MyFut("x")
    asyncio.get_running_loop().call_later(0.5, m.set_result, 7)
    print(m, await m, m.tag, isinstance(m, asyncio.Future))
    print(await t, await u)
    import copy
    print(callable(t.add_done_callback), asyncio.isfuture(t), asyncio.isfuture(m), asyncio.iscoroutine(t))
asyncio.run(main())
