# Hundreds of tasks taking turns with sleep(0).
import asyncio

counter = {"steps": 0}
finished = []


async def worker(i):
    for _ in range(i % 5):
        counter["steps"] += 1
        await asyncio.sleep(0)
    finished.append(i)
    return i * i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(300)]
    results = await asyncio.gather(*tasks)
    print(sum(results), counter["steps"])
    print(finished[:12])
    print(finished[-8:])


asyncio.run(main())
