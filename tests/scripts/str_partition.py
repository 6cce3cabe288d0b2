# partition and rpartition.
for s in ["key=value", "key=val=ue", "novalue", "=x", "x=", "", "a😀b😀c"]:
    print(s.partition("="), s.rpartition("="), s.partition("😀"), s.rpartition("😀"))
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
for call in [lambda: "a".partition(""), lambda: "a".partition(1), lambda: "a".rpartition(None),
             lambda: b"a".partition(b""), lambda: b"a".partition("a"), lambda: "a".partition()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
url = "https://example.com/path/to/page?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query)
print(url.rpartition("/")[2])
