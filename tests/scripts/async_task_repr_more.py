# More reprs: long results are shortened, callbacks are listed, and a
# task with a pending cancel request shows as cancelling.
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


class Watcher:
    def seen(self, fut):
        pass


def plain_callback(fut):
    pass


async def waits_on(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    big = loop.create_future()
    big.set_result(list(range(20)))
    show(big)
    text = loop.create_future()
    text.set_result("x" * 60)
    show(text)
    fut = loop.create_future()
    fut.add_done_callback(Watcher().seen)
    show(fut)
    fut.add_done_callback(plain_callback)
    show(fut)
    fut.add_done_callback(print)
    fut.add_done_callback(len)
    show(fut)
    fut.remove_done_callback(print)
    fut.remove_done_callback(len)
    fut.cancel()
    gate = loop.create_future()
    inner = asyncio.create_task(waits_on(gate), name="inner")
    outer = asyncio.create_task(waits_on(inner), name="outer")
    await asyncio.sleep(0)
    show(inner)
    inner.cancel()
    show(inner)
    await asyncio.gather(outer, return_exceptions=True)
    show(inner)
    show(outer)
    h = loop.call_soon(print, "y" * 50, list(range(10)))
    show(h)
    h.cancel()


asyncio.run(main())
