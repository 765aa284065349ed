# Program ends with an uncaught chained exception raised inside asyncio.run after output from several tasks.
import asyncio

class ConfigError(Exception):
    pass

async def load(name):
    await asyncio.sleep(0.01 * len(name))
    print("loading", name)
    if name == "db":
        try:
            int("port?")
        except ValueError as e:
            raise ConfigError(f"bad setting for {name}") from e
    return name

async def main():
    print(await asyncio.gather(load("web"), load("cache")))
    t = asyncio.create_task(load("db"))
    print("waiting for db")
    await t
    print("not reached")

asyncio.run(main())
