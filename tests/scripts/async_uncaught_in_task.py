# A task's exception re-raised by await ends the program.
import asyncio


async def worker():
    print("worker runs")
    await asyncio.sleep(0)
    raise PermissionError("worker failed")


async def main():
    task = asyncio.create_task(worker())
    print("main awaits")
    await task


asyncio.run(main())
