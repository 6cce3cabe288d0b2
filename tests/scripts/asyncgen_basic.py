import asyncio

async def count(n):
    for i in range(n):
        yield i
    print("count done")

async def squares(src):
    async for x in src:
        yield x * x

async def main():
    async for v in count(3):
        print("got", v)
    async for v in squares(count(4)):
        print("sq", v)
    else:
        print("else ran")
    g = count(2)
    print(type(g).__name__, g.__aiter__() is g)
    print(repr(g).startswith("<async_generator object main.<locals>.count" if False else "<async_generator object count at 0x"))
    print(await g.__anext__(), await anext(g))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    print(await anext(count(0), "empty"))
    it = aiter(count(2))
    print([x async for x in it])

    async def inner():
        yield "a"
    print(repr(inner()).startswith("<async_generator object main.<locals>.inner at 0x"))

asyncio.run(main())
