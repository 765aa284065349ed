# From ../shared/seeds/001_857a2677a79f6659.txt, fenced block 18 (counting from 0).
import asyncio

async def fetch_data(semaphore, id):
    async with semaphore: # Perform semaphore check
        await asyncio.sleep(1)
        print(id)
        return id

async def main():
    semaphore = asyncio.Semaphore(2) # Only a maximum of 2 tasks of the same kind at a time
    tasks = []
    async with asyncio.TaskGroup() as tg:
        for i in range(5):
            task = tg.create_task(fetch_data(semaphore, i)) # Coroutines as input
            tasks.append(task) # Add task
    results = [task.result() for task in tasks] # Execute tasks
    for result in results:
        print(result)

asyncio.run(main())
