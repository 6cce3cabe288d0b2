# An exception handler that itself raises: the loop logs and goes on.
import asyncio
import sys


def bad_handler(loop, context):
    # The message ends with the callback's source location; keep only
    # the part that does not depend on where the checkout lives.
    print("bad handler called:", context["message"].split(" at ")[0])
    raise RuntimeError("handler broke")


def failing():
    raise KeyError("callback broke")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_soon(failing)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("loop still alive")


asyncio.run(main())
sys.exit(1)
