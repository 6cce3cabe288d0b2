# Completing a future twice raises InvalidStateError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as exc:
        print("pending result:", exc)
    try:
        fut.exception()
    except asyncio.InvalidStateError as exc:
        print("pending exception:", exc)
    fut.set_result(1)
    for action in (lambda: fut.set_result(2),
                   lambda: fut.set_exception(ValueError("v"))):
        try:
            action()
        except asyncio.InvalidStateError as exc:
            print("InvalidStateError:", exc)
    print("cancel finished:", fut.cancel())
    other = loop.create_future()
    other.cancel()
    try:
        other.set_result(3)
    except asyncio.InvalidStateError as exc:
        print("cancelled:", exc)
    print(issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
