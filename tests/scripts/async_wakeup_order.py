# A task's done callbacks and the wakeups of tasks awaiting it run in
# the order they were registered.
import asyncio


async def target():
    await asyncio.sleep(0)
    print("target done")
    return 1


async def awaiter(name, task):
    await task
    print(name, "resumed")


async def main():
    task = asyncio.create_task(target())
    task.add_done_callback(lambda t: print("callback 1"))
    a = asyncio.create_task(awaiter("a", task))
    await asyncio.sleep(0)
    task.add_done_callback(lambda t: print("callback 2"))
    b = asyncio.create_task(awaiter("b", task))
    await asyncio.gather(a, b)
    print("all resumed")


asyncio.run(main())
