# An exception raised while handling another, across awaits, is chained.
import asyncio


async def lower():
    await asyncio.sleep(0)
    raise KeyError("lower")


async def upper():
    try:
        await lower()
    except KeyError as exc:
        await asyncio.sleep(0)
        raise RuntimeError("upper failed") from exc


asyncio.run(upper())
