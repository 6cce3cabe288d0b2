# Cleanup in finally blocks runs on cancellation, innermost first, and
# may itself await.
import asyncio


async def level3():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("level3 cleanup")
        await asyncio.sleep(0)
        print("level3 cleanup done")


async def level2():
    try:
        await level3()
    finally:
        print("level2 cleanup")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 saw CancelledError")
        raise
    finally:
        print("level1 cleanup")


async def main():
    task = asyncio.create_task(level1())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())


asyncio.run(main())
