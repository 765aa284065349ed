# Pub/sub broker: subscribers wait on a Condition for new messages; an Event announces shutdown.
import asyncio

class Broker:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.messages = []
        self.closed = asyncio.Event()

    async def publish(self, topic, body):
        async with self.cond:
            self.messages.append((topic, body))
            self.cond.notify_all()

    async def close(self):
        self.closed.set()
        async with self.cond:
            self.cond.notify_all()

    async def subscribe(self, name, topics, out):
        seen = 0
        while True:
            async with self.cond:
                await self.cond.wait_for(lambda: len(self.messages) > seen or self.closed.is_set())
                new = self.messages[seen:]
                seen = len(self.messages)
            for topic, body in new:
                if topic in topics:
                    out.append(f"{name} <- {topic}:{body}")
            if self.closed.is_set() and seen == len(self.messages):
                out.append(f"{name} exits")
                return seen

async def main():
    b = Broker()
    out = []
    subs = [
        asyncio.create_task(b.subscribe("alice", {"news"}, out)),
        asyncio.create_task(b.subscribe("bob", {"news", "sport"}, out)),
        asyncio.create_task(b.subscribe("carol", {"weather"}, out)),
    ]
    await asyncio.sleep(0)
    await b.publish("news", "hello")
    await asyncio.sleep(0.01)
    await b.publish("sport", "goal")
    await b.publish("weather", "rain")
    await asyncio.sleep(0.01)
    await b.publish("news", "bye")
    await b.close()
    counts = await asyncio.gather(*subs)
    for line in out:
        print(line)
    print(counts)

    # Event: many waiters released together, in waiting order
    ev = asyncio.Event()
    order = []
    async def waiter(i):
        await ev.wait()
        order.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0.01)
    print("set before:", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(order)
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except TimeoutError:
        print("wait timed out after clear")

asyncio.run(main())
