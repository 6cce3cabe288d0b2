# str and bytes iterators had no __next__/__iter__ methods.
for src in ["abc", "héllo", b"xy", "", b""]:
    it = iter(src)
    print(type(it).__name__, iter(it) is it, it.__iter__() is it, hasattr(it, "__next__"))
    try:
        print(it.__next__(), next(it))
    except StopIteration as e:
        print("stop", e.args)
    print(list(it))
it = iter("ab")
print(repr(it).startswith("<str_ascii_iterator object at "))
print(repr(iter("é")).startswith("<str_iterator object at "))
print(repr(iter(b"")).startswith("<bytes_iterator object at "))
print(list(map(str.upper, iter("xy"))), list(zip(iter("ab"), iter(b"ab"))))
nxt = iter("qr").__next__
print(nxt(), nxt())
try:
    nxt()
except StopIteration:
    print("exhausted")
