# A task can be awaited many times and by many tasks.
import asyncio


async def slow():
    print("slow start")
    await asyncio.sleep(0.01)
    print("slow end")
    return 99


async def waiter(name, task):
    print(name, "waits")
    value = await task
    print(name, "got", value)
    return value


async def main():
    task = asyncio.create_task(slow())
    waiters = [asyncio.create_task(waiter(n, task)) for n in "pqr"]
    print(await task)
    for w in waiters:
        print(await w)
    print(await task, task.result())


asyncio.run(main())
