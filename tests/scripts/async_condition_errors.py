# Condition methods require the lock; a shared Lock can be passed in.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        cond.notify()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        cond.notify_all()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("lock locked via condition:", lock.locked())
    print("locked after:", lock.locked(), shared.locked())


asyncio.run(main())
