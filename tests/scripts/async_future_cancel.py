# Cancelling a future: state, messages, callbacks and awaiting tasks.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as exc:
        print("waiter got CancelledError", exc.args)
        return "handled"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled()))
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel:", fut.cancel("bye"))
    print("cancel again:", fut.cancel())
    print("cancelled:", fut.cancelled(), "done:", fut.done())
    print(await task)
    print("task cancelled:", task.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as exc:
        print("result:", exc.args)


asyncio.run(main())
