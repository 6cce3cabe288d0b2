# When the task awaiting gather is cancelled, the children are cancelled.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child("x"), child("y"))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task cancelled", task.cancelled())


asyncio.run(main())
