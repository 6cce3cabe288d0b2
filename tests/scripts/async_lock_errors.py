# Releasing an unlocked Lock is an error; async with releases on errors.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        async with lock:
            print("inside, locked:", lock.locked())
            raise ValueError("body failed")
    except ValueError as exc:
        print("ValueError:", exc)
    print("after error, locked:", lock.locked())
    async with lock as value:
        print("as value:", value)


asyncio.run(main())
