# A task that cancels itself: at its next await, or when it returns.
import asyncio


async def cancel_then_return():
    asyncio.current_task().cancel("self")
    print("still running after cancel()")
    return "ignored"


async def cancel_then_await():
    asyncio.current_task().cancel("self await")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as exc:
        print("raised at the next await:", exc.args)
        raise


async def main():
    t1 = asyncio.create_task(cancel_then_return())
    try:
        await t1
    except asyncio.CancelledError as exc:
        print("t1 cancelled:", t1.cancelled(), exc.args)
    t2 = asyncio.create_task(cancel_then_await())
    try:
        await t2
    except asyncio.CancelledError as exc:
        print("t2 cancelled:", t2.cancelled(), exc.args)


asyncio.run(main())
