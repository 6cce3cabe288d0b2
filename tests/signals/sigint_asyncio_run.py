# Ctrl-C during asyncio.run cancels the main task; its handlers and the
# other tasks' cleanup run, then the program ends with KeyboardInterrupt.
import asyncio


async def worker():
    try:
        await asyncio.sleep(30)
    finally:
        print("worker cleanup", flush=True)


async def main():
    asyncio.create_task(worker())
    print("ready", flush=True)
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("main cancelled", flush=True)
        raise
    finally:
        print("main finally", flush=True)


asyncio.run(main())
print("not reached")
