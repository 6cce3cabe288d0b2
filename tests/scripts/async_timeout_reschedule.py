# Timeout.reschedule moves or removes the deadline; when() reports it.
# Regression: rescheduling a finished Timeout named its state EXITED.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.01)
        print("no deadline, still running")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            print("has deadline:", cm.when() is not None)
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("rescheduled timeout fired")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
        print("deadline removed, when:", cm.when())
    try:
        cm.reschedule(None)
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
