# args, str() and repr() of built-in exception instances.
samples = [
    ValueError(),
    ValueError("one"),
    ValueError("a", "b"),
    ValueError(1, 2, 3),
    TypeError(None),
    KeyError("key"),
    KeyError(42),
    KeyError(),
    KeyError("a", "b"),
    IndexError("index"),
    RuntimeError(""),
    ZeroDivisionError("zero"),
    AttributeError("attr"),
    NameError("name"),
    StopIteration(7),
    StopIteration(),
    OSError("os"),
    Exception("base", 0),
    BaseException(),
    AssertionError("assert"),
    NotImplementedError("todo"),
    LookupError(["list", "arg"]),
    ArithmeticError(("tuple",)),
    OverflowError("big"),
    RecursionError("deep"),
    SystemExit(2),
    KeyboardInterrupt(),
]
for exc in samples:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
print(StopIteration(7).value, StopIteration().value)
print(SystemExit(2).code, SystemExit().code, SystemExit("msg").code)
e = ValueError("mutable args")
e.args = ("changed", 1)
print(e.args, str(e), repr(e))
print(isinstance(ValueError("x"), Exception), isinstance(KeyboardInterrupt(), Exception))
print(str(KeyError("it's")), repr(KeyError("it's")))
print(ValueError("x") == ValueError("x"))
print(type(ValueError).__name__, ValueError.__name__)
print(ValueError.__mro__[1:] == (Exception, BaseException, object))
