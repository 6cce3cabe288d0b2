# async for errors: missing __aiter__, exceptions from __anext__.
import asyncio


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise LookupError("anext failed")


async def main():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        async for x in Broken():
            pass
    except LookupError as exc:
        print("LookupError:", exc)


asyncio.run(main())
