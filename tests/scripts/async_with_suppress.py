# __aexit__ returning True suppresses the exception of the block.
import asyncio


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressing", repr(exc))
            return True
        return None


async def main():
    async with Suppress(KeyError):
        raise KeyError("k")
    print("after suppressed KeyError")
    try:
        async with Suppress(KeyError):
            raise ValueError("v")
    except ValueError:
        print("ValueError not suppressed")
    for i in range(3):
        async with Suppress(ZeroDivisionError):
            print("loop", i, 1 / (i - 1))
    print("end")


asyncio.run(main())
