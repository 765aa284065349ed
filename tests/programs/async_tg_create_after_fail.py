# TaskGroup.create_task after the group started shutting down or after exit raises RuntimeError.
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("x")

async def nothing():
    return "nothing"

async def main():
    errors = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                coro = nothing()
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    errors.append(("shutting down", "shutting down" in str(e)))
                    coro.close()
                raise
    except* ValueError as eg:
        print("group:", eg.exceptions)
    print(errors)

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(nothing())
    print("result", t.result())
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("after exit:", "is finished" in str(e))
        coro.close()

    # entering twice
    tg2 = asyncio.TaskGroup()
    async with tg2:
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print("re-enter:", "has been already entered" in str(e))

    # create_task with a name
    async with asyncio.TaskGroup() as tg:
        named = tg.create_task(nothing(), name="my-task")
    print(named.get_name(), named.result())

asyncio.run(main())
