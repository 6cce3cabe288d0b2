# Calling asyncio.run from a running loop raises RuntimeError.
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("awaiting instead:", await coro)
    loop = asyncio.get_running_loop()
    coro2 = inner()
    try:
        loop.run_until_complete(coro2)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("still", await coro2)


asyncio.run(main())
print("after")
