# Exceptions surface when the as_completed awaitable is awaited.
import asyncio


async def job(name, ticks, fail=False):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    aws = [job("ok1", 1), job("bad", 4, True), job("ok2", 8)]
    for next_done in asyncio.as_completed(aws):
        try:
            print("result", await next_done)
        except RuntimeError as exc:
            print("error", exc)
    coro = asyncio.sleep(0)
    try:
        for x in asyncio.as_completed(coro):
            pass
    except TypeError as exc:
        print("TypeError:", exc)
    coro.close()


asyncio.run(main())
