async def f():
    async with a:
        async for b in c:
            await d
    return [await x async for x in y]
