# gather and wait_for reject things that are not awaitable.
import asyncio


async def main():
    for bad in (1, "s", None):
        try:
            await asyncio.gather(bad)
        except TypeError as exc:
            print("gather TypeError:", exc)
        try:
            await asyncio.wait_for(bad, 1)
        except TypeError as exc:
            print("wait_for TypeError:", exc)
    try:
        await asyncio.sleep("soon")
    except TypeError as exc:
        print("sleep TypeError:", exc)


asyncio.run(main())
