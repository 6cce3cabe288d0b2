# C3 failures name the classes the merge got stuck on; exception classes
# combine freely.
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
for make in (lambda: type("R", (P, Q), {}), lambda: type("S", (X, P), {})):
    try:
        make()
    except TypeError as e:
        print(str(e))
class E(ValueError, TypeError): pass
print([c.__name__ for c in E.__mro__])
class F(KeyError, AttributeError): pass
try:
    raise F("k")
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, LookupError))
