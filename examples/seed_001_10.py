# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 10 (counting from 0).
import asyncio

async def fetch_data():
    print('Fetching data')
    await asyncio.sleep(1)
    return('Fetched data!')

async def main():
    coroutine1 = fetch_data()
    coroutine2 = fetch_data()

    res1 = await coroutine1
    print(res1)
    res2 = await coroutine2
    print(res2)

asyncio.run(main())
