import asyncio

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                print("caught", repr(e))
                received = "recovered"
    finally:
        print("echo cleanup")
        await asyncio.sleep(0)
        print("echo cleanup after sleep")

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend("two"))
    print(await g.athrow(ValueError("bad")))
    print(await g.athrow(ValueError, "cls"))
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.asend(3)
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")

    g2 = echo()
    await g2.__anext__()
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))

    g3 = echo()
    try:
        await g3.asend(5)
    except TypeError as e:
        print(e)
    print(await g3.aclose())

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(e)

    e = echo()
    a = e.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as exc:
        print(exc)
    c = echo().aclose()
    print(type(a).__name__, type(c).__name__)
    await e.aclose()
    print("end of main")

asyncio.run(main())
