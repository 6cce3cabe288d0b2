# set_exception with an instance or a class; result() and await re-raise.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(KeyError("key"))
    print("exception:", repr(f1.exception()))
    try:
        f1.result()
    except KeyError as exc:
        print("result raised", repr(exc))
    f2 = loop.create_future()
    f2.set_exception(ZeroDivisionError)
    print("from class:", type(f2.exception()).__name__, f2.exception().args)
    try:
        await f2
    except ZeroDivisionError:
        print("await raised ZeroDivisionError")
    f3 = loop.create_future()
    for bad in (StopIteration(), StopIteration, 42):
        try:
            f3.set_exception(bad)
        except TypeError as exc:
            print("TypeError:", exc)
    print("f3 done:", f3.done())
    f3.set_result(None)
    print("f3 exception:", f3.exception())


asyncio.run(main())
