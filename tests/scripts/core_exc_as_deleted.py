# The 'as' name is deleted at the end of the except clause.
e = "previous value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def in_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        kept = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err), repr(kept)


print(in_function())


def reassigned_in_handler():
    try:
        raise TypeError("t")
    except TypeError as exc:
        exc = "rebound"
    try:
        return exc
    except UnboundLocalError:
        return "still deleted"


print(reassigned_in_handler())


def no_exception():
    exc = "untouched"
    try:
        pass
    except Exception as exc:
        pass
    return exc


print(no_exception())


def handler_not_taken():
    exc = "survives"
    try:
        raise KeyError(1)
    except ValueError as exc:
        pass
    except KeyError:
        pass
    return exc


print(handler_not_taken())


def deleted_even_on_return():
    try:
        raise ValueError("v")
    except ValueError as exc:
        return str(exc)


print(deleted_even_on_return())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        print("loop", loop_err)
print("loop_err" in globals())
