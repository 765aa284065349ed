# An unhandled TimeoutError from an asyncio.timeout block ends asyncio.run with status 1; finally blocks still run.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.3):
            for i in range(10):
                print("working", i)
                await asyncio.sleep(0.1)
    finally:
        print("finally after timeout")

asyncio.run(main())
