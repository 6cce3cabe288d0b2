# A task cancelled before its first step never runs its body.
import asyncio


async def body():
    print("body ran")
    return 1


async def main():
    task = asyncio.create_task(body())
    print("cancel:", task.cancel())
    print("cancelling:", task.cancelling())
    print("done:", task.done())
    await asyncio.sleep(0)
    print("done:", task.done(), "cancelled:", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("CancelledError")


asyncio.run(main())
