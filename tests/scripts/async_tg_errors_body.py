# TaskGroup: an exception in the body cancels the tasks and is grouped.
import asyncio


async def child():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])


asyncio.run(main())
