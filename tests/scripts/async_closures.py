# Closures and nonlocal state shared by coroutines across awaits.
import asyncio


def make_counter():
    count = 0

    async def bump(n):
        nonlocal count
        for _ in range(n):
            current = count
            await asyncio.sleep(0)
            count = current + 1
        return count

    def get():
        return count
    return bump, get


async def main():
    bump, get = make_counter()
    print(await bump(3), get())
    results = await asyncio.gather(bump(2), bump(2))
    print("racy results:", results, get())
    adders = [lambda x, k=k: asyncio.sleep(0, x + k) for k in range(3)]
    sums = []
    for f in adders:
        sums.append(await f(10))
    print(sums)


asyncio.run(main())
