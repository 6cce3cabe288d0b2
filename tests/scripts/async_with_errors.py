# async with on objects lacking the protocol raises TypeError.
import asyncio


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class NoExit:
    async def __aenter__(self):
        return self


async def main():
    try:
        async with SyncOnly():
            pass
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__, exc)
    try:
        async with NoExit():
            pass
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__, exc)


asyncio.run(main())
