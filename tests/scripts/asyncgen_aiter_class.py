import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

class Wrapper:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return Countdown(self.n)

async def main():
    async for x in Countdown(3):
        print("cd", x)
    else:
        print("else")
    async for x in Wrapper(5):
        if x == 2:
            print("break")
            break
        print("w", x)
    else:
        print("not printed")
    print([x async for x in Wrapper(3)])
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
