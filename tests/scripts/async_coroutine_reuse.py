# A coroutine can be awaited only once.
import asyncio


async def once():
    await asyncio.sleep(0)
    return "value"


async def main():
    coro = once()
    print(await coro)
    try:
        await coro
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    task = asyncio.create_task(once())
    print(await task)
    print(await task)


asyncio.run(main())
