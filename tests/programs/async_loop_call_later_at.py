# call_later / call_at return TimerHandles with when(); they fire in deadline order; loop.time() advances.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fired = []
    def fire(tag):
        fired.append(tag)
        print(f"fire {tag} at +{round(loop.time() - t0, 6)}")
    h1 = loop.call_later(0.3, fire, "later0.3")
    h2 = loop.call_at(t0 + 0.1, fire, "at0.1")
    h3 = loop.call_later(0.2, fire, "later0.2")
    h4 = loop.call_later(0, fire, "later0")
    h5 = loop.call_later(-1, fire, "later-1")
    print(isinstance(h1, asyncio.TimerHandle), isinstance(h1, asyncio.Handle))
    print("when offsets:", [round(h.when() - t0, 6) for h in (h1, h2, h3, h4)])
    print("h1 < h3:", h3 < h1, "h2 < h3:", h2 < h3)
    await asyncio.sleep(0)
    print("after sleep(0):", fired)
    await asyncio.sleep(0.15)
    print("at 0.15:", fired)
    h3.cancel()
    print("h3 cancelled:", h3.cancelled())
    await asyncio.sleep(0.5)
    print("at 0.65:", fired)
    print("elapsed", round(loop.time() - t0, 6))

asyncio.run(main())
