# Awaiting things that are not awaitable raises TypeError.
import asyncio


class BadAwait:
    def __await__(self):
        return 42


async def main():
    for value in [1, "s", None, [1]]:
        try:
            await value
        except TypeError as exc:
            print("TypeError:", exc)
    try:
        await BadAwait()
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
