# wait_for with timeout 0 or below: done futures return, others time out.
import asyncio


async def instant():
    return "instant"


async def pausing():
    try:
        await asyncio.sleep(0)
        return "paused"
    except asyncio.CancelledError:
        print("pausing cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))
    try:
        print(await asyncio.wait_for(instant(), 0))
    except TimeoutError:
        print("instant timed out")
    try:
        print(await asyncio.wait_for(pausing(), -1))
    except TimeoutError:
        print("pausing timed out")


asyncio.run(main())
