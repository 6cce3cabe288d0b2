# The repr of tasks and futures in each state (file paths replaced).
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


async def waits_on(fut):
    return await fut


async def fails():
    raise ValueError("bad")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waits_on(fut), name="waiter")
    show(task)
    await asyncio.sleep(0)
    show(task)
    show(fut)
    fut.set_result(5)
    show(fut)
    await task
    show(task)
    bad = asyncio.create_task(fails())
    await asyncio.sleep(0)
    show(bad)
    bad.exception()
    gone = asyncio.create_task(waits_on(loop.create_future()))
    gone.cancel()
    await asyncio.sleep(0)
    show(gone)


asyncio.run(main())
