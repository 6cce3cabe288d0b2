# wait() accepts plain futures as well as tasks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_soon(f1.set_result, "one")
    done, pending = await asyncio.wait([f1, f2],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [f.result() for f in done])
    f2.set_exception(OSError("two"))
    done, pending = await asyncio.wait([f1, f2])
    print(len(done), len(pending))
    print(sorted(repr(f.exception()) for f in done))


asyncio.run(main())
