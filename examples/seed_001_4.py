# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 4 (counting from 0).
import asyncio

async def hello():
    print('Hello ...')
    await asyncio.sleep(1)
    print('... World!')

async def main():
    await asyncio.gather(hello(), hello())

asyncio.run(main())
