# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 6 (counting from 0).
import asyncio
import time

async def hello():
    print('Hello ...')
    await time.sleep(1)
    print('... World!')

async def main():
    await asyncio.gather(hello(), hello())

asyncio.run(main())
