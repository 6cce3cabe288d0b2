# A done callback that raises is reported; later callbacks still run.
import asyncio


def handler(loop, context):
    print("handler:", type(context["exception"]).__name__,
          context["exception"])


def bad(fut):
    print("bad callback sees", fut.result())
    raise ValueError("callback failed")


def good(fut):
    print("good callback sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result("value")
    await asyncio.sleep(0)
    print("main continues")


asyncio.run(main())
