# A custom exception handler receives the context of a failing callback.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", sorted(context), repr(exc))
    print("message:", context["message"].split(" at ")[0])


def failing(x):
    print("failing called with", x)
    return 1 / x


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("set:", loop.get_exception_handler() is handler)
    loop.call_soon(failing, 0)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
