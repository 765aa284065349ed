# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 1 (counting from 0).
async def main():
    print('Start of main coroutine')
