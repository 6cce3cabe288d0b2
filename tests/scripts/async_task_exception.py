# A task that raises: exception() returns it and result() re-raises it.
import asyncio


async def failing(n):
    await asyncio.sleep(0)
    raise LookupError(f"missing {n}")


async def main():
    task = asyncio.create_task(failing(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done:", task.done(), "cancelled:", task.cancelled())
    exc = task.exception()
    print(type(exc).__name__, exc)
    try:
        task.result()
    except LookupError as again:
        print("result raised", again, again is exc)
    try:
        await task
    except LookupError as third:
        print("await raised", third, third is exc)


asyncio.run(main())
