# TaskGroup: an uncaught failure ends the program with an ExceptionGroup.
import asyncio


async def failing(n):
    for _ in range(n):
        await asyncio.sleep(0)
    raise OSError(f"failure {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(failing(1))
        tg.create_task(failing(5))


asyncio.run(main())
