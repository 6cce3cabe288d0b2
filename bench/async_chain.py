# Await chains: a coroutine awaits a coroutine ... 100 deep; the innermost
# one suspends once (asyncio.sleep(0)), so the suspension and the resumption
# travel through the whole chain. Repeated 10k times.
import asyncio

DEPTH = 100
REPEATS = 10000


async def chain(depth, value):
    if depth == 0:
        await asyncio.sleep(0)
        return value
    return await chain(depth - 1, value) + 1


async def main():
    total = 0
    for i in range(REPEATS):
        total += await chain(DEPTH, i % 7)
    print(total)


asyncio.run(main())
