# Spawning: 100k tasks that each await asyncio.sleep(0) a few times, all
# gathered by the main task. Measures task creation, the ready queue and
# gather's bookkeeping.
import asyncio

TASKS = 100000
YIELDS = 3


async def worker(i):
    for _ in range(YIELDS):
        await asyncio.sleep(0)
    return i % 1000


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(TASKS)])
    print(len(results), sum(results))


asyncio.run(main())
