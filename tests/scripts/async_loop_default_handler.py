# Without a handler, a failing callback is reported on stderr and the
# loop continues.
import asyncio
import sys


def failing():
    print("failing callback runs")
    return [][1]


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(failing)
    await asyncio.sleep(0)
    print("after the failure")


asyncio.run(main())
print("program continues")
sys.exit(1)
