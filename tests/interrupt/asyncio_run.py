# Ctrl-C during asyncio.run: the main task is cancelled (its handlers and
# the other tasks' finally blocks run), then KeyboardInterrupt ends it.
import asyncio


async def worker():
    try:
        await asyncio.sleep(30)
    finally:
        print("worker cleanup")


async def main():
    asyncio.create_task(worker())
    try:
        print("ready", flush=True)
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("main cancelled")
        raise


asyncio.run(main())
