# asyncio.TaskGroup failures arrive as an ExceptionGroup, handled here
# with except*; the siblings of a failing task are cancelled.
import asyncio


async def fail(exc, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise exc


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def two_failures():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 1))
            tg.create_task(fail(TypeError("t"), 1))
            tg.create_task(slow("sibling"))
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))


async def body_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("child"))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as e:
        print("body:", repr(e))


async def nested_groups():
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(OSError("deep"), 1))
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner())
            outer.create_task(slow("outer sibling"))
    except* OSError as e:
        print("nested:", repr(e))


async def success():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    print("results:", [t.result() for t in tasks])


async def in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        await asyncio.sleep(0)
        print("awaited inside except*")
    except* TypeError as e:
        await asyncio.sleep(0)
        print("second clause", repr(e))


async def main():
    await two_failures()
    await body_fails()
    await nested_groups()
    await success()
    await in_handler()


asyncio.run(main())
