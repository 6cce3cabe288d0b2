# Task names: defaults Task-N, name=, set_name and non-string names.
# Regression: asyncio.create_task(name=...) did not use up a Task-N
# number, so later default names were off by one.
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop(), name=123)
    print(a.get_name(), b.get_name(), c.get_name(), type(c.get_name()).__name__)
    a.set_name("renamed")
    b.set_name(4.5)
    print(a.get_name(), b.get_name())
    d = asyncio.create_task(noop())
    print(d.get_name())
    loop = asyncio.get_running_loop()
    e = loop.create_task(noop(), name="via loop")
    print(e.get_name())
    await asyncio.gather(a, b, c, d, e)
    f = asyncio.ensure_future(noop())
    print(f.get_name())
    await f


asyncio.run(main())
