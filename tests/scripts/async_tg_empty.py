# An empty TaskGroup block, and one whose tasks are already done.
import asyncio


async def instant(x):
    return x


async def main():
    async with asyncio.TaskGroup():
        print("empty body")
    print("after empty")
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(instant(i)) for i in range(5)]
    print([t.result() for t in tasks])


asyncio.run(main())
