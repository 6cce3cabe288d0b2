# chr() and ord(): the full code point range and CPython's errors.
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(10)))
print(chr(233), chr(0x263A), chr(0x1F600), repr(chr(0x10FFFF)))
print(ord("A"), ord("é"), ord("😀"), ord("\n"), ord(b"a"))
print(chr(True), ord(chr(1114111)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "héllo"])


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: chr(2**70))
attempt(lambda: chr("a"))
attempt(lambda: chr(1.5))
attempt(lambda: chr())
attempt(lambda: chr(1, 2))
attempt(lambda: ord("ab"))
attempt(lambda: ord(""))
attempt(lambda: ord(1))
attempt(lambda: ord(None))
attempt(lambda: ord(b"ab"))
attempt(lambda: ord())
attempt(lambda: ord(c="a"))
