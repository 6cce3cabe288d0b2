# Two tasks iterating async iterators interleave at each __anext__.
import asyncio


class Ticker:
    def __init__(self, name, n):
        self.name = name
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return f"{self.name}{self.i}"


async def consume(name, n):
    async for item in Ticker(name, n):
        print("got", item)
    print(name, "exhausted")


async def main():
    await asyncio.gather(consume("a", 3), consume("b", 2))


asyncio.run(main())
