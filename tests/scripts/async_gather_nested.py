# Nested gathers flatten nothing: each level returns its own list.
import asyncio


async def leaf(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("leaf", n)
    return n


async def main():
    inner1 = asyncio.gather(leaf(3), leaf(1))
    inner2 = asyncio.gather(leaf(2), asyncio.gather(leaf(4)))
    print(await asyncio.gather(inner1, inner2, leaf(0)))


asyncio.run(main())
