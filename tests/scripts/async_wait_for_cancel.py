# Cancelling the task that is inside wait_for cancels the inner awaitable.
import asyncio


async def inner():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), 0.04)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: cancelled =", task.cancelled())


asyncio.run(main())
