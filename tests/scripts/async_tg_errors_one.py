# TaskGroup: one failing task cancels its sibling; the error arrives in
# an ExceptionGroup.
import asyncio


async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")


async def sibling():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(sibling())
    except ExceptionGroup as eg:
        print("group:", eg.message, len(eg.exceptions))
        print([repr(e) for e in eg.exceptions])


asyncio.run(main())
