# Cancelling the gather future cancels every child that is not done.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    quick = asyncio.create_task(child("quick", 0))
    group = asyncio.gather(quick, child("a", 0.05), child("b", 0.05))
    await asyncio.sleep(0.01)
    print("cancel:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
    print("group cancelled:", group.cancelled())
    print("quick:", quick.result())
    print("cancel again:", group.cancel())


asyncio.run(main())
