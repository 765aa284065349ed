# asyncio.run cancels leftover tasks before re-raising main's error; their cleanup output appears first.
import asyncio

async def background(tag):
    try:
        while True:
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(tag, "cancelled during shutdown")
        raise
    finally:
        print(tag, "finally")

async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0.25)
    print("main failing")
    raise LookupError("main gave up")

asyncio.run(main())
