# The smallest asyncio program: async def, await, asyncio.run and a coroutine's return value.
import asyncio

async def greet(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"done {name}")
    return f"hello, {name}"

async def main():
    result = await greet("world", 0.01)
    print(result)
    coro = greet("later", 0)
    print(type(coro).__name__)
    print(await coro)
    return 42

value = asyncio.run(main())
print("asyncio.run returned", value)

async def plain():
    return "no awaits needed"
print(asyncio.run(plain()))

async def nested_calls(n):
    if n == 0:
        return []
    rest = await nested_calls(n - 1)
    return rest + [n]
print(asyncio.run(nested_calls(5)))
print(asyncio.iscoroutinefunction(greet), asyncio.iscoroutinefunction(print))
