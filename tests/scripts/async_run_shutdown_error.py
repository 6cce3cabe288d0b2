# A leftover task that fails while asyncio.run cancels it is reported
# through the loop's exception handler.
import asyncio


def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", repr(context["exception"]))
    print("  task name:", context["task"].get_name())


async def stubborn():
    try:
        await asyncio.get_running_loop().create_future()
    except asyncio.CancelledError:
        print("stubborn cancelled, failing instead")
        raise OSError("cleanup failed")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
