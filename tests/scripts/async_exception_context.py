# __context__ and __cause__ survive awaits between raise and handling.
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    try:
        try:
            await fail("first")
        except ValueError:
            await fail("second")
    except ValueError as exc:
        print(exc, "context:", exc.__context__)
    try:
        try:
            await fail("a")
        except ValueError as exc:
            raise TypeError("b") from exc
    except TypeError as exc:
        print(exc, "cause:", exc.__cause__, exc.__suppress_context__)


asyncio.run(main())
