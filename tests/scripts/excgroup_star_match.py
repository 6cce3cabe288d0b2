# except*: each clause takes its part of the group by split; naked
# exceptions are wrapped in ExceptionGroup('', (exc,)); the name is bound
# to the matching part and deleted after the clause.


def run(label, body):
    print("--", label)
    try:
        body()
        print("completed")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))


def two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", repr(e))


def naked():
    try:
        raise ValueError("alone")
    except* ValueError as e:
        print("wrapped:", repr(e), repr(e.exceptions[0]),
              e.exceptions[0].__traceback__ is not None)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")


def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as e:
        print("VT", repr(e))
    except* OSError as e:
        print("O", repr(e))


def nested():
    try:
        raise ExceptionGroup("outer", [
            ValueError(1),
            ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
        ])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))


def base_members():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", type(e).__name__, repr(e))
    except* ValueError as e:
        print("V", type(e).__name__, repr(e))


def naked_base():
    try:
        raise SystemExit(3)
    except* SystemExit as e:
        print(type(e).__name__, repr(e))


def name_deleted():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print("bound", repr(e))
    try:
        e
    except NameError as err:
        print("NameError", err)


def order_and_else():
    for exc in (None, ValueError(1)):
        try:
            if exc:
                raise exc
            print("body ok")
        except* ValueError:
            print("handled")
        else:
            print("else")
        finally:
            print("finally")


def loop_in_clause():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            for j in range(5):
                if j == 2:
                    break
                if j == 0:
                    continue
                print("loop", i, j)
        except* TypeError:
            total = 0
            while True:
                total += 1
                if total > 2:
                    break
            print("while done", total)


def sees_match():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("context:", repr(k.__context__))
    except* TypeError:
        pass


run("two clauses", two_clauses)
run("partial", partial)
run("naked", naked)
run("naked unmatched", naked_unmatched)
run("tuple clause", tuple_clause)
run("nested", nested)
run("base members", base_members)
run("naked base", naked_base)
run("name deleted", name_deleted)
run("order and else", order_and_else)
run("loop in clause", loop_in_clause)
run("sees match", sees_match)
