# A running loop cannot be run again, closed, or have another loop run.
import asyncio


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print("is_running:", loop.is_running())
    try:
        loop.run_forever()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        loop.close()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    other = asyncio.new_event_loop()
    coro = job()
    try:
        other.run_until_complete(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    coro.close()
    other.close()


asyncio.run(main())
