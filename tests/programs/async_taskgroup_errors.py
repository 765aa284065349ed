# TaskGroup failure: siblings are cancelled and errors arrive as an ExceptionGroup for except*.
import asyncio

async def ok(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def bad(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("quick", 0.05, log))
            tg.create_task(ok("slow", 1.0, log))
            tg.create_task(bad(ValueError("boom"), 0.1))
    except* ValueError as eg:
        print("caught:", [repr(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(KeyError("k"), 0.1))
            tg.create_task(bad(TypeError("t"), 0.1))
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(IndexError("i"), 0.01))
    except ExceptionGroup as eg:
        print("plain except:", eg.message, repr(eg.exceptions[0]))

asyncio.run(main())
