# f-strings: expressions, conversions, specs, nesting.
name, n, pi = "Ada", 42, 3.14159265
print(f"{name} is {n} years old and likes {pi:.3f}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {n!r:>5}")
print(f"{n:08b} {n:#x} {n:,} {1234567:_} {-n:+d} {n:^9}|")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{pi:{'^'}{width}}]")
print(f"{'nested ' + name.upper()} {[i * 2 for i in range(3)]} {dict(a=1)['a']}")
print(f"{{literal}} {{{n}}} {n}{{")
print(f"{3 + 4 = }", f"{name = }", f"{pi = :.2f}")
items = [("apple", 1.5), ("banana", 0.25)]
for item, price in items:
    print(f"{item:<10}{price:>8.2f}")
print(f"{'multi'}" f"{'part'}" "plain")
print(f"{n/7:.3e} {n/7:g} {n%5} {n//5:04d}")
print(f"{True} {None} {[1, 'a']} {(1,)} {b'x'}")
