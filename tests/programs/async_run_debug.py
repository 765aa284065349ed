# asyncio.run(debug=True) turns on loop debug mode; the default is off.
import asyncio

async def check(label):
    loop = asyncio.get_running_loop()
    print(label, "debug:", loop.get_debug())
    await asyncio.sleep(0.01)
    loop.set_debug(not loop.get_debug())
    print(label, "after toggle:", loop.get_debug())
    return label

print(asyncio.run(check("default")))
print(asyncio.run(check("debug=True"), debug=True))
print(asyncio.run(check("debug=False"), debug=False))
loop = asyncio.new_event_loop()
print("new loop debug:", loop.get_debug())
loop.set_debug(True)
print(loop.run_until_complete(check("manual")))
loop.close()
