# Raising, matching and chaining exceptions.
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def raise_int():
    raise 3
check(raise_int)

def bad_except():
    try:
        1 / 0
    except 5:
        pass
check(bad_except)

def chained():
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("v") from k
try:
    chained()
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__, repr(v.__context__))

def implicit():
    try:
        [][1]
    except IndexError:
        raise TypeError("t")
try:
    implicit()
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)

def suppressed():
    try:
        [][1]
    except IndexError:
        raise TypeError("t") from None
try:
    suppressed()
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)

try:
    raise KeyboardInterrupt
except BaseException as b:
    print(repr(b), b.args)
try:
    try:
        raise OSError(2, "No such file or directory")
    except (ValueError, FileNotFoundError) as f:
        print("caught", type(f).__name__, f)
        raise
except OSError as o:
    print("outer", o.errno)
