# Handles: cancel() stops a callback; TimerHandle.when() gives its deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    h1 = loop.call_soon(fired.append, "h1")
    h2 = loop.call_soon(fired.append, "h2")
    t1 = loop.call_later(0.005, fired.append, "t1")
    t2 = loop.call_later(0.01, fired.append, "t2")
    print(type(h1).__name__, type(t1).__name__)
    print(isinstance(t1, asyncio.Handle), isinstance(t1, asyncio.TimerHandle))
    h1.cancel()
    t2.cancel()
    t2.cancel()
    print(h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    print("t1 later than now:", t1.when() > loop.time() - 1)
    await asyncio.sleep(0.02)
    print(fired)


asyncio.run(main())
