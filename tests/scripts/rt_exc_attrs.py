# Exception objects: args, str, repr and the class-specific attributes.
e = ValueError("bad", 2)
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()) == "", repr(ValueError("x")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value)
o = OSError(2, "No such file or directory")
print(type(o).__name__, o, o.errno, o.strerror, o.filename, o.args)
o = OSError(2, "No such file or directory", "x.txt")
print(type(o).__name__, o, o.args, o.filename)
o = OSError(13, "Permission denied", "a", None, "b")
print(type(o).__name__, o)
print(OSError("plain").errno, OSError("plain"), OSError(1, 2, 3, 4, 5, 6).args)
e = RuntimeError("r")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError(1)
print(repr(e.__cause__), e.__suppress_context__)
e.extra = [1, 2]
print(e.extra, e.__dict__)
print(e.with_traceback(None) is e)
try:
    ValueError(x=1)
except TypeError as t:
    print(t)
try:
    e.__cause__ = 3
except TypeError as t:
    print(t)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(KeyError, IndexError))
print(ValueError.__mro__)
print(BaseException.__bases__, OSError.__name__, OSError.__module__)
