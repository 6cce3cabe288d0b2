# Two cancel() calls before the task runs: one CancelledError, count 2.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("first CancelledError")
        try:
            await asyncio.sleep(0)
            print("second sleep completed")
        except asyncio.CancelledError:
            print("second CancelledError")
        raise


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(task.cancel(), task.cancel())
    print("cancelling:", task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())


asyncio.run(main())
