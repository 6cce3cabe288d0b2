# A main coroutine that catches the cancellation ends normally: no
# KeyboardInterrupt is raised, as in CPython's asyncio.run.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("cancelled, returning", flush=True)
    return 5


print(asyncio.run(main()))
