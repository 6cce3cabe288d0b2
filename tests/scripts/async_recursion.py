# Recursive coroutines: deep await chains and fan-out through gather.
import asyncio


async def fib(n):
    if n < 2:
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b


async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)


async def tree(n):
    if n == 0:
        return 1
    parts = await asyncio.gather(tree(n - 1), tree(n - 1))
    return sum(parts)


async def main():
    fibs = []
    for i in range(12):
        fibs.append(await fib(i))
    print(fibs)
    print(await depth(200))
    print(await tree(6))


asyncio.run(main())
