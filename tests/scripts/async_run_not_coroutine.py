# asyncio.run requires a coroutine object.
import asyncio


async def main():
    return "ok"


for bad in [42, None, "text", main]:
    try:
        asyncio.run(bad)
    except ValueError as exc:
        msg = str(exc)
        if "function" in msg:
            msg = msg.split(" at ")[0]
        print("ValueError:", msg)
print(asyncio.run(main()))
