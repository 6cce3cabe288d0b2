# TypeError messages for unsupported operands and wrong uses of objects.
five, none, text, one = 5, None, "abc", [1]
cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("1 - 'a'", lambda: 1 - "a"),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("None + 1", lambda: None + 1),
    ("[] * 1.5", lambda: [] * 1.5),
    ("{} | 1", lambda: {} | 1),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[] > {}", lambda: [] > {}),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("len(5)", lambda: len(5)),
    ("5()", lambda: five()),
    ("None()", lambda: none()),
    ("'abc'[1.0]", lambda: text[1.0]),
    ("[1]['a']", lambda: one["a"]),
    ("5[0]", lambda: five[0]),
    ("{[]: 1}", lambda: {[]: 1}),
    ("hash([])", lambda: hash([])),
    ("iter(5)", lambda: iter(5)),
    ("next([])", lambda: next([])),
    ("int([])", lambda: int([])),
    ("'a' in 5", lambda: "a" in 5),
    ("1 in 'abc'", lambda: 1 in "abc"),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("1 ** 'x'", lambda: 1 ** "x"),
    ("b'a' + 'a'", lambda: b"a" + "a"),
    ("'a' + None", lambda: "a" + None),
    ("(1, 2) + [3]", lambda: (1, 2) + [3]),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def assign_str():
    s = "abc"
    s[0] = "x"


def assign_tuple():
    t = (1, 2)
    t[0] = 5


def del_tuple():
    t = (1, 2)
    del t[0]


for fn in [assign_str, assign_tuple, del_tuple]:
    try:
        fn()
    except TypeError as e:
        print(fn.__name__, "-> TypeError:", e)
