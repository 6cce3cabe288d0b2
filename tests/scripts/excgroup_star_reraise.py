# except*: what leaves the try. Unmatched parts are re-raised in the
# original group's shape; exceptions raised in clauses join them in an
# ExceptionGroup('', [...]); a bare raise re-raises the part unchanged.


def run(label, body):
    print("--", label)
    try:
        body()
        print("completed")
    except BaseException as e:
        ctx = e.__context__
        print("escaped:", repr(e), "| context:", repr(ctx),
              "| cause:", repr(e.__cause__))


def make():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2)])


def raise_new():
    try:
        raise make()
    except* ValueError:
        raise RuntimeError("in handler")


def bare_raise():
    try:
        raise make()
    except* ValueError:
        raise


def raise_same():
    try:
        raise make()
    except* ValueError as e:
        raise e


def raise_in_both():
    try:
        raise make()
    except* ValueError:
        raise RuntimeError("h1")
    except* TypeError:
        raise RuntimeError("h2")


def naked_raise_new():
    try:
        raise ValueError(7)
    except* ValueError:
        raise RuntimeError("from naked")


def naked_bare_raise():
    try:
        raise ValueError(7)
    except* ValueError:
        raise


def raise_group_in_clause():
    try:
        raise make()
    except* ValueError:
        raise ExceptionGroup("new", [KeyError(1)])
    except* TypeError:
        pass


def raise_from():
    try:
        raise make()
    except* TypeError as e:
        raise OSError("wrapped") from e


def handled_all():
    try:
        raise make()
    except* ValueError:
        pass
    except* TypeError:
        pass


def nested_try():
    try:
        try:
            raise make()
        except* ValueError:
            1 / 0
    except* ZeroDivisionError as z:
        print("Z", repr(z), repr(z.exceptions[0].__context__))
    except* TypeError as t:
        print("T", repr(t))


def order_of_parts():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* KeyError:
        raise RuntimeError("k")
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("t")


def reraise_keeps_shape():
    try:
        raise ExceptionGroup("outer", [
            ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise


def inside_except():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise make()
        except* ValueError:
            pass


run("raise new", raise_new)
run("bare raise", bare_raise)
run("raise same", raise_same)
run("raise in both", raise_in_both)
run("naked raise new", naked_raise_new)
run("naked bare raise", naked_bare_raise)
run("raise group in clause", raise_group_in_clause)
run("raise from", raise_from)
run("handled all", handled_all)
run("nested try", nested_try)
run("order of parts", order_of_parts)
run("reraise keeps shape", reraise_keeps_shape)
run("inside except", inside_except)
