# asyncio.timeout_at() with deadlines taken from loop.time().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("timed out at deadline")
    async with asyncio.timeout_at(loop.time() + 0.05):
        await asyncio.sleep(0)
        print("in time")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("past deadline: body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline timed out")


asyncio.run(main())
