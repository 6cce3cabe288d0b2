# get_nowait/put_nowait raise QueueEmpty/QueueFull.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as exc:
        print("QueueEmpty", repr(exc), type(exc).__module__)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as exc:
        print("QueueFull", repr(exc), type(exc).__module__)
    print(q.get_nowait())
    print(issubclass(asyncio.QueueEmpty, Exception),
          issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
