# An uncaught wait_for timeout ends the program with TimeoutError.
import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(0.05), 0.005)


asyncio.run(main())
