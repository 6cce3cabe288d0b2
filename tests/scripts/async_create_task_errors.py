# create_task and Task() check their arguments.
import asyncio


def plain():
    return 1


async def main():
    for bad in [42, None, "s"]:
        try:
            asyncio.create_task(bad)
        except TypeError as exc:
            print("TypeError:", exc)
    try:
        asyncio.ensure_future(42)
    except TypeError as exc:
        print("TypeError:", exc)
    print("still running")


asyncio.run(main())
try:
    asyncio.create_task(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)
