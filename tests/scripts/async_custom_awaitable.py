# Objects with __await__ are awaitable inside tasks.
import asyncio


class Delayed:
    def __init__(self, value, rounds):
        self.value = value
        self.rounds = rounds

    def __await__(self):
        for i in range(self.rounds):
            print("  waiting", self.value, i)
            yield
        return self.value


class Wrapper:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    x = await Delayed("x", 2)
    print("got", x)
    y = await Wrapper(add(2, 3))
    print("got", y)
    both = await asyncio.gather(Delayed("a", 1), Delayed("b", 3))
    print(both)


asyncio.run(main())
