# Cancelling the task that runs a TaskGroup cancels its child, and the
# CancelledError comes out of the block.
import asyncio


async def forever():
    await asyncio.get_running_loop().create_future()


async def child():
    try:
        await forever()
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await forever()
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())


asyncio.run(main())
