# Built-in exception hierarchy: catching through base classes.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (GeneratorExit, Exception),
    (GeneratorExit, BaseException),
    (SystemExit, Exception),
    (KeyboardInterrupt, Exception),
    (Exception, BaseException),
    (FileNotFoundError, OSError),
    (TypeError, ValueError),
    (UnicodeDecodeError, ValueError),
    (AssertionError, Exception),
    (AttributeError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))
errors = [ZeroDivisionError("z"), KeyError("k"), IndexError("i"),
          UnboundLocalError("u"), RecursionError("r"), TypeError("t")]
for err in errors:
    try:
        raise err
    except ArithmeticError:
        print(type(err).__name__, "-> ArithmeticError")
    except LookupError:
        print(type(err).__name__, "-> LookupError")
    except NameError:
        print(type(err).__name__, "-> NameError")
    except RuntimeError:
        print(type(err).__name__, "-> RuntimeError")
    except Exception:
        print(type(err).__name__, "-> Exception")
print(isinstance(KeyError("k"), LookupError), isinstance(KeyError("k"), IndexError))
print(issubclass(bool, int), issubclass(KeyError, (TypeError, LookupError)))
print(BaseException.__name__, Exception.__bases__, KeyError.__bases__)
