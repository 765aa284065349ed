# An exception escaping asyncio.run ends the program with status 1 after partial output.
import asyncio

class ServiceUnavailable(Exception):
    pass

async def call_service(name, healthy):
    await asyncio.sleep(0.05)
    if not healthy:
        raise ServiceUnavailable(f"{name} did not respond")
    print(f"{name} ok")
    return name

async def main():
    first = await asyncio.gather(call_service("auth", True), call_service("db", True))
    print("first round:", first)
    await asyncio.gather(call_service("cache", True), call_service("search", False))
    print("not reached")

asyncio.run(main())
