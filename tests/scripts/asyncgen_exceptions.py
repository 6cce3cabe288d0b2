import asyncio

async def failing():
    yield 1
    raise ValueError("boom")

async def stops():
    yield 1
    raise StopAsyncIteration

async def stops_sync():
    yield 1
    raise StopIteration("x")

async def guarded():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        print("guarded saw ZeroDivisionError")
        raise
    finally:
        print("guarded finally")

async def main():
    try:
        async for x in failing():
            print(x)
    except ValueError as e:
        print("caught", e)
    for f in (stops, stops_sync):
        try:
            async for x in f():
                print(x)
        except RuntimeError as e:
            print(type(e).__name__, e, type(e.__cause__).__name__)
    try:
        async for x in guarded():
            print(x)
            1 / 0
    except ZeroDivisionError:
        print("outer ZeroDivisionError")
    g = guarded()
    await g.__anext__()
    try:
        await g.athrow(ZeroDivisionError)
    except ZeroDivisionError:
        print("athrow propagated")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
