# An exception raised in the main coroutine propagates out of asyncio.run.
import asyncio


class Boom(Exception):
    pass


async def inner(n):
    print("inner", n)
    await asyncio.sleep(0)
    raise Boom(f"failed at {n}")


async def main():
    print("main")
    await inner(3)
    print("not reached")


try:
    asyncio.run(main())
except Boom as exc:
    print("caught", type(exc).__name__, exc)

try:
    asyncio.run(inner(5))
except Exception as exc:
    print("caught again", exc.args)
print("done")
