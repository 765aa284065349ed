# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 12 (counting from 0).
import asyncio

async def fetch_data():
    print('Fetching data')
    await asyncio.sleep(1)
    return('Fetched data!')

async def main(): 
    coroutine1 = asyncio.create_task(fetch_data()) # pass in a coroutine object
    coroutine2 = asyncio.create_task(fetch_data())

    res1 = await coroutine1
    res2 = await coroutine2
    print(res2)
    print(res1)

asyncio.run(main())
