# wait_for raises TimeoutError when the awaitable takes too long, and
# cancels it.
import asyncio


async def slow():
    try:
        print("slow starts")
        await asyncio.sleep(0.05)
        print("slow finished")
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as exc:
        print("timeout:", type(exc).__name__, exc.args)
        print("is builtin TimeoutError:", isinstance(exc, TimeoutError))
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, 0.01)
    except TimeoutError:
        print("task cancelled:", task.cancelled())


asyncio.run(main())
