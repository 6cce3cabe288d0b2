# Awaitables that yield something a task cannot wait on get a
# RuntimeError thrown back in at the yield.
import asyncio


class YieldsValue:
    def __await__(self):
        try:
            yield 42
        except RuntimeError as exc:
            print("RuntimeError:", exc)
        return "recovered"


class YieldsFuture:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        try:
            yield self.fut
        except RuntimeError as exc:
            print("RuntimeError:", str(exc).split(" in task ")[0])
        return "recovered too"


async def main():
    print(await YieldsValue())
    fut = asyncio.get_running_loop().create_future()
    print(await YieldsFuture(fut))
    fut.cancel()


asyncio.run(main())
