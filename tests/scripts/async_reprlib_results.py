# Future results are shortened by reprlib: long lists, tuples, strings,
# big ints, dicts (keys sorted) and sets, nested containers cut at six
# levels, and other objects cut to 30 characters.
import asyncio


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"


class Broken:
    def __repr__(self):
        return "short"


class Tag(str):
    pass


class Items(list):
    pass


VALUES = [
    list(range(6)),
    list(range(7)),
    tuple(range(10)),
    (1,),
    (),
    [],
    "a" * 30,
    "b" * 31,
    "it's " * 10,
    'say "hi" ' * 5,
    "tab\there\n" * 5,
    "\x00" * 8,
    "\x01\x02\x03",
    "é" * 40,
    "日本語" * 20,
    "x",
    2 ** 100,
    -(10 ** 45),
    10 ** 39,
    10 ** 40,
    True,
    None,
    3.14159,
    1e300,
    {"b": 2, "a": 1, "d": 4, "c": 3, "e": 5},
    {3: "three", 1: "one", 2: "two"},
    {},
    {1, 5, 3, 9, 7, 2, 8},
    frozenset({"q", "p"}),
    frozenset(),
    set(),
    {"k": [1, [2, [3, [4, [5, [6, [7]]]]]]]},
    [[[[[[[1]]]]]]],
    [[[[[[[]]]]]]],
    ((((((((1,),),),),),),),),
    [{"a": {"b": {"c": {"d": {"e": {"f": 1}}}}}}],
    [{1, 2}, frozenset({3}), {4: 5}],
    Point(1, 2),
    Point("long" * 5, list(range(30))),
    Broken(),
    Tag("t" * 50),
    Items(range(20)),
    b"bytes" * 10,
    range(100),
    {1: "x" * 40, "k": ["y" * 40]},
    [1, "two", 3.0, None, (5,), [6], {7: 8}],
]


async def main():
    loop = asyncio.get_running_loop()
    for value in VALUES:
        fut = loop.create_future()
        fut.set_result(value)
        print(repr(fut))


asyncio.run(main())
