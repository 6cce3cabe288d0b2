# The message of a failing callback names it as asyncio formats it:
# qualified name, shortened arguments, and the source of plain functions.
import asyncio


class Service:
    def tick(self, n):
        raise ValueError(n)


def fails(*args):
    raise KeyError("x")


def handler(loop, context):
    print(context["message"].replace(__file__, "FILE"))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(Service().tick, 3)
    loop.call_soon(fails, "z" * 40, list(range(12)), {"k": 1})
    loop.call_soon(fails)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)


asyncio.run(main())
