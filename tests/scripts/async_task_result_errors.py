# result()/exception() of pending and cancelled tasks raise.
import asyncio


async def slow():
    await asyncio.sleep(0.01)
    return "slow"


async def main():
    task = asyncio.create_task(slow())
    for method in (task.result, task.exception):
        try:
            method()
        except asyncio.InvalidStateError as exc:
            print(type(exc).__name__, exc)
    print(await task, task.exception())
    other = asyncio.create_task(slow())
    other.cancel()
    await asyncio.sleep(0)
    for method in (other.result, other.exception):
        try:
            method()
        except asyncio.CancelledError as exc:
            print("CancelledError", exc.args)


asyncio.run(main())
