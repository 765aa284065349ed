# From ../shared/seeds/004_75572088412fbadc.txt, fenced block 1 (counting from 0).
async def main() -> None:
    await asyncio.gather(async_sleep(1), async_sleep(2), print_hello())
