# gather(...).cancel(msg) forwards the message to its children.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError as exc:
        print(name, "cancelled with", exc.args)
        raise


async def main():
    g = asyncio.gather(child("one"), child("two"))
    await asyncio.sleep(0)
    g.cancel("shutting down")
    try:
        await g
    except asyncio.CancelledError as exc:
        print("outer CancelledError", exc.args)


asyncio.run(main())
