# shield passes results and exceptions through; a done task is returned
# as is.
import asyncio


async def value():
    await asyncio.sleep(0)
    return 10


async def failing():
    await asyncio.sleep(0)
    raise IndexError("shielded failure")


async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(failing())
    except IndexError as exc:
        print("IndexError:", exc)
    task = asyncio.create_task(value())
    await task
    print(asyncio.shield(task) is task)
    inner = asyncio.create_task(value())
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())


asyncio.run(main())
