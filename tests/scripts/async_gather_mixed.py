# gather takes coroutines, tasks, futures and done tasks together.
import asyncio


async def coro(x):
    print("coro", x)
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    done_task = asyncio.create_task(coro("done-task"))
    await done_task
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future")
    task = asyncio.create_task(coro("task"))
    results = await asyncio.gather(coro("c1"), task, fut, done_task, coro("c2"))
    print(results)


asyncio.run(main())
