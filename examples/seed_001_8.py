# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 8 (counting from 0).
import asyncio

async def fetch_data():
    print('Fetching data')
    await asyncio.sleep(1)

async def main():
    print('Start of main coroutine')
    coroutine = fetch_data()
    print("function is not executed!")
    result = await coroutine
    print("Fetched data!")
    print(result)


asyncio.run(main())
