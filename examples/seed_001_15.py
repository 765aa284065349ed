# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 15 (counting from 0).
import asyncio

async def fetch_data():
    print('Fetching data')
    await asyncio.sleep(1)
    return('Fetched data!')

async def main():
    outputs = await asyncio.gather(fetch_data(), fetch_data())
    for i in outputs:
        print(i)


asyncio.run(main())
