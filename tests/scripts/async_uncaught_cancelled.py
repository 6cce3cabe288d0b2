# The main task cancelling itself: asyncio.run raises CancelledError.
import asyncio


async def main():
    print("cancelling myself")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")


asyncio.run(main())
