# The main task cancelling itself makes asyncio.run raise CancelledError, ending the program with status 1.
import asyncio

async def helper():
    await asyncio.sleep(0.1)
    print("helper done")

async def main():
    await helper()
    print("cancelling the main task")
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally runs")
    print("not reached")

asyncio.run(main())
print("not reached either")
