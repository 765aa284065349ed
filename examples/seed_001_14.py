# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 14 (counting from 0).
import asyncio

async def fetch_data():
    print('Fetching data')
    await asyncio.sleep(1)
    return('Fetched data!')

async def main(): 
    coroutine1 = asyncio.create_task(fetch_data()) # pass in a coroutine object
    res1 = await coroutine1
    coroutine2 = asyncio.create_task(fetch_data())
    coroutine3 = asyncio.create_task(fetch_data())
    
    res2 = await coroutine2
    res3 = await coroutine3
    print((res1,res2,res3))

asyncio.run(main())
