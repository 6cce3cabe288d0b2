# bytes + bytes and bytes * int raised "unsupported operand"; huge repeat counts gave MemoryError.
cases = [
    ("b'ab' + b'cd'", lambda: b'ab' + b'cd'),
    ("b'' + b''", lambda: b'' + b''),
    ("b'ab' * 3", lambda: b'ab' * 3),
    ("3 * b'ab'", lambda: 3 * b'ab'),
    ("b'ab' * 0", lambda: b'ab' * 0),
    ("b'ab' * -1", lambda: b'ab' * -1),
    ("True * b'ab'", lambda: True * b'ab'),
    ("b'ab' * False", lambda: b'ab' * False),
    ("b'a' + 'a'", lambda: b'a' + 'a'),
    ("b'a' + 1", lambda: b'a' + 1),
    ("b'a' + [1]", lambda: b'a' + [1]),
    ("b'a' + None", lambda: b'a' + None),
    ("'a' + b'a'", lambda: 'a' + b'a'),
    ("[1] + b'a'", lambda: [1] + b'a'),
    ("None + b'a'", lambda: None + b'a'),
    ("b'a' - b'a'", lambda: b'a' - b'a'),
    ("b'a' * 'x'", lambda: b'a' * 'x'),
    ("'x' * b'a'", lambda: 'x' * b'a'),
    ("b'a' * 2.0", lambda: b'a' * 2.0),
    ("b'a' * b'a'", lambda: b'a' * b'a'),
    ("'a' * 10**20", lambda: 'a' * 10**20),
    ("10**20 * 'a'", lambda: 10**20 * 'a'),
    ("'a' * -10**20", lambda: 'a' * -10**20),
    ("'a' * 2**63", lambda: 'a' * 2**63),
    ("b'a' * 10**20", lambda: b'a' * 10**20),
    ("b'a' * -10**20", lambda: b'a' * -10**20),
    ("[1] * 10**20", lambda: [1] * 10**20),
    ("(1,) * 10**20", lambda: (1,) * 10**20),
    ("'ab' * 2**62", lambda: 'ab' * 2**62),
    ("b'ab' * 2**62", lambda: b'ab' * 2**62),
]
for name, f in cases:
    try:
        print(name, "->", repr(f()))
    except Exception as e:
        print(name, "->", type(e).__name__, e)


class Right:
    def __radd__(self, other):
        return "Right.__radd__ got " + repr(other)

    def __rmul__(self, other):
        return "Right.__rmul__ got " + repr(other)


class Plain:
    pass


print(b"x" + Right(), b"x" * Right())
try:
    b"x" + Plain()
except TypeError as e:
    print("TypeError", e)
x = b"a"
x += b"b"
x *= 2
print(x, x == b"abab", len(x * 1000))
