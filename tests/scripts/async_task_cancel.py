# Cancelling a sleeping task raises CancelledError inside it.
import asyncio


async def sleeper():
    print("sleeper start")
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise
    print("not reached")


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel returns", task.cancel())
    print("done right after cancel:", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel again:", task.cancel())


asyncio.run(main())
