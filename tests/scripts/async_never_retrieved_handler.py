# The unretrieved-exception report goes through the loop's handler.
# Nothing is printed after the task is dropped, so the test does not
# depend on when the task is reclaimed.
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))
    print("keys:", sorted(context))


async def lost():
    raise KeyError("lost")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    task = asyncio.create_task(lost())
    await asyncio.sleep(0)
    print("task done:", task.done())
    del task


asyncio.run(main())
