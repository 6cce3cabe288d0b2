# Future callbacks: order, arguments, removal, and adding after done.
import asyncio

order = []


def first(fut):
    order.append("first")
    print("first sees", fut.result())


def second(fut):
    order.append("second")
    print("second sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    print("removed:", fut.remove_done_callback(second))
    fut.add_done_callback(second)
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result(7)
    loop.call_soon(print, "call_soon after set_result")
    print("callbacks not run yet:", order)
    await asyncio.sleep(0)
    print("after yield:", order)
    fut.add_done_callback(first)
    print("added to done future")
    await asyncio.sleep(0)
    print("final:", order)


asyncio.run(main())
