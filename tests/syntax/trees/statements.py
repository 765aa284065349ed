@decorate(1)
async def fetch(url: str, *, retries: int = 3) -> bytes:
    async with session() as s, lock:
        for attempt in range(retries):
            try:
                return await s.get(url)
            except* (OSError, ValueError) as group:
                continue
            finally:
                del s[0]
