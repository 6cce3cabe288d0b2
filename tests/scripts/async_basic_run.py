# asyncio.run returns the coroutine's value; prints show the order of steps.
import asyncio


async def compute(x):
    print("compute", x)
    return x * 10


async def main():
    print("main start")
    a = await compute(1)
    print("got", a)
    b = await compute(a)
    print("got", b)
    return a + b


print("before run")
result = asyncio.run(main())
print("result", result)
print(asyncio.run(compute(7)))
