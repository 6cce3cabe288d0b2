# Exceptions other than the timeout's cancel pass through timeout().
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(0)
            raise KeyError("inside")
    except KeyError as exc:
        print("KeyError passed through:", exc)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(0.05)
            finally:
                print("finally runs before TimeoutError")
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
