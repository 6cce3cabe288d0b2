# Cancelling a task that awaits another task cancels the awaited task
# too; awaiting through shield does not.
import asyncio


async def inner(name):
    try:
        await asyncio.get_running_loop().create_future()
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        raise


async def outer(task, shielded):
    try:
        if shielded:
            await asyncio.shield(task)
        else:
            await task
    except asyncio.CancelledError:
        print("outer cancelled; shielded =", shielded)
        raise


async def main():
    for shielded in (False, True):
        child = asyncio.create_task(inner(f"shielded={shielded}"))
        parent = asyncio.create_task(outer(child, shielded))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        parent.cancel()
        await asyncio.gather(parent, return_exceptions=True)
        await asyncio.sleep(0)
        print("child cancelled:", child.cancelled(), "done:", child.done())
        child.cancel()
        await asyncio.gather(child, return_exceptions=True)


asyncio.run(main())
