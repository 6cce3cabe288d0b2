# async for over a user class with __aiter__/__anext__.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1


async def main():
    async for n in Countdown(3):
        print("tick", n)
    total = 0
    async for n in Countdown(5):
        if n == 2:
            break
        total += n
    else:
        print("not reached")
    print("total", total)
    async for n in Countdown(0):
        print("never")
    else:
        print("else branch after empty loop")


asyncio.run(main())
