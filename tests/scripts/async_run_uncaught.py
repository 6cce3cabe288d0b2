# An uncaught exception from asyncio.run ends the program with a traceback.
import asyncio


async def deep(n):
    if n == 0:
        await asyncio.sleep(0)
        raise ValueError("deep failure")
    print("descend", n)
    await deep(n - 1)


async def main():
    print("start")
    await deep(3)


asyncio.run(main())
print("never printed")
