# A task cancelled in Condition.wait() holds the lock again when the
# CancelledError reaches it.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled; lock held:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    task = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    print("waiting; locked:", cond.locked())
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("after; locked:", cond.locked(), "cancelled:", task.cancelled())


asyncio.run(main())
