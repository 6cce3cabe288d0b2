# isfuture/iscoroutine on tasks, futures, coroutines and plain values.
import asyncio


async def coro():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    c = coro()
    task = asyncio.create_task(coro())
    fut = loop.create_future()
    for label, obj in [("coroutine", c), ("task", task), ("future", fut),
                       ("int", 1), ("function", coro)]:
        print(label, asyncio.isfuture(obj), asyncio.iscoroutine(obj))
    await c
    await task
    fut.cancel()


asyncio.run(main())
