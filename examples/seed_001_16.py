# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 16 (counting from 0).
async def main():
    tasks = []
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            task = tg.create_task(fetch_data()) # Coroutines as input
            tasks.append(task) # Add task
    results = [task.result() for task in tasks] # task.result() will execute the async function
