# call_at with identical deadlines: the timer heap decides the order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    finished = loop.create_future()
    when = loop.time() + 0.01
    order = []

    def cb(i):
        order.append(i)
        if len(order) == 12:
            finished.set_result(None)

    for i in range(10):
        loop.call_at(when, cb, i)
    loop.call_at(when - 0.005, cb, "early")
    handle = loop.call_at(when + 0.005, cb, "late")
    print("when equal:", handle.when() == when + 0.005)
    await finished
    print(order)


asyncio.run(main())
