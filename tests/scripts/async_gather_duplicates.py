# The same task or coroutine passed twice to gather runs once.
import asyncio

runs = []


async def counted(tag):
    runs.append(tag)
    await asyncio.sleep(0)
    return tag


async def main():
    task = asyncio.create_task(counted("t"))
    coro = counted("c")
    results = await asyncio.gather(task, coro, task, coro)
    print(results)
    print(runs)


asyncio.run(main())
