# An awaitable that swallows the cancel of a timeout gives its result.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("ignoring cancel")
    return "kept going"


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), 0.01)
        print("result:", result)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
