# The errors of str.format.
cases = [
    ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{}", (), {}), ("{0}", (), {}), ("{2}", (1, 2), {}),
    ("{x}", (1,), {}), ("{", (), {}), ("}", (), {}), ("a{b", (), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}),
    ("{!r", (1,), {}), ("{0!rx}", (1,), {}), ("{:", (1,), {}), ("{0[}", (1,), {}), ("{0.}", (1,), {}),
    ("{0[]}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}), ("{:{:{}}}", ("a", 5, 3), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}),
    ("{99999999999999999999}", (1,), {}), ("{a{b}", (), {}), ("{0:.}", (1.0,), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
for fmt in ["{}", "{0}", "{x}"]:
    try:
        print(fmt.format_map({"x": 1}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{}".format_map()
except TypeError as e:
    print("TypeError:", e)
