# A task that catches CancelledError and returns ends normally.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("caught cancel, cleaning up")
        await asyncio.sleep(0)
        print("cleanup done")
        return "survived"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    task.cancel()
    result = await task
    print("result:", result)
    print("cancelled:", task.cancelled(), "cancelling:", task.cancelling())


asyncio.run(main())
