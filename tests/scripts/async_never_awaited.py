# A coroutine object that is dropped without being awaited draws a
# RuntimeWarning on stderr; the program then exits with status 1.
import asyncio
import sys


async def forgotten():
    print("never runs")


async def main():
    forgotten()
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
sys.exit(1)
