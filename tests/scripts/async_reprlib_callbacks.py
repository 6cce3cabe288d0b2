# Handle reprs name callbacks as asyncio does: qualified names, arguments
# shortened by reprlib, partials' own arguments first, and a source
# location only for plain functions (not bound methods or built-ins).
import asyncio
import functools


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


class Counter:
    def bump(self, *args):
        pass

    def fail(self, *args):
        raise ValueError(args)


class Caller:
    def __call__(self, *args):
        pass

    def __repr__(self):
        return "<Caller>"


def target(*args, **kwargs):
    pass


def on_done(fut):
    raise RuntimeError("callback failed")


def handler(loop, context):
    print(context["message"].replace(__file__, "FILE"))


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        (target,),
        (target, "q" * 100),
        (target, list(range(50)), tuple("abcdefgh")),
        (target, {"z": 1, "y": 2, "x": 3, "w": 4, "v": 5}),
        (target, {9, 8, 7, 6, 5, 4, 3}, frozenset(range(3))),
        (target, [[[[[[[[0]]]]]]]]),
        (target, 7 ** 60, -1, 0.5),
        (Counter().bump, "a" * 31),
        (Counter.bump, None),
        (Caller(), 1),
        (Counter, 2),
        (print, "p" * 40),
        ([].append, 3),
        ("abc".upper,),
        (functools.partial(target, 1, "s" * 40), 2),
        (functools.partial(target, key="v" * 40),),
        (functools.partial(print, "w" * 40),),
        (lambda *a: None, [1] * 10),
    ]
    for call in calls:
        h = loop.call_soon(*call)
        show(h)
        h.cancel()
        show(h)
    loop.set_exception_handler(handler)
    loop.call_soon(target, 1, 2, 3)
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(Counter().bump)
    fut.add_done_callback(functools.partial(target, "r" * 40))
    fut.add_done_callback(len)
    show(fut)
    fut.set_result(list(range(100)))
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result("z" * 100)
    await asyncio.sleep(0)
    loop.call_soon(Counter().fail, "m" * 50)
    loop.call_soon(functools.partial(on_done, 1))
    loop.call_soon(on_done, {"k" * 40: "v" * 40})
    await asyncio.sleep(0)


asyncio.run(main())
