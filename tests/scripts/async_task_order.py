# Tasks start in creation order on the next loop iteration.
import asyncio


async def worker(name, steps):
    print("start", name)
    for i in range(steps):
        await asyncio.sleep(0)
        print(name, "step", i)
    print("end", name)
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, s))
             for n, s in [("a", 2), ("b", 1), ("c", 3)]]
    print("created")
    await asyncio.sleep(0)
    print("after one yield")
    results = []
    for t in tasks:
        results.append(await t)
    print(results)


asyncio.run(main())
