# asyncio.run cancels tasks still pending when main returns.
import asyncio


async def background():
    try:
        print("background starts")
        await asyncio.sleep(0.05)
        print("not reached")
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        await asyncio.sleep(0)
        print("background cleanup finished")
        raise
    finally:
        print("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
