import asyncio

async def main():
    print("waiting for a future nobody resolves")
    await asyncio.get_running_loop().create_future()

asyncio.run(main())
