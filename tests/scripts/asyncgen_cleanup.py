import asyncio

async def resource(name):
    print("open", name)
    try:
        for i in range(10):
            yield i
    finally:
        print("close", name)

async def main():
    async for x in resource("r1"):
        if x == 2:
            break
        print("r1", x)
    g = resource("r2")
    print(await g.__anext__())
    print("main done")

asyncio.run(main())
print("after run")
