# call_soon/call_later validate the callback.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for bad in [1, "text", None]:
        try:
            loop.call_soon(bad)
        except TypeError as exc:
            print("TypeError:", exc)
    try:
        loop.call_later(0.01, 5)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        loop.call_soon(print, "x", sep="")
    except TypeError as exc:
        print("TypeError:", exc)
    loop.call_soon(print, "valid", "call")
    await asyncio.sleep(0)


asyncio.run(main())
