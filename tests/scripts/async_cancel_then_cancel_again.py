# A task that survives one cancel can be cancelled again later.
import asyncio


async def survivor():
    for round in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept fully")
        except asyncio.CancelledError:
            print("survived cancel", round)
    return "finished rounds"


async def main():
    task = asyncio.create_task(survivor())
    for _ in range(3):
        await asyncio.sleep(0)
        task.cancel()
    print(await task)
    print("cancelling:", task.cancelling(), "cancelled:", task.cancelled())


asyncio.run(main())
