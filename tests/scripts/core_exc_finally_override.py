# return/break/continue inside finally override a pending return or exception.
def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"


def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def except_raises_finally_returns():
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
    finally:
        return "finally wins"


def break_swallows():
    for i in range(3):
        try:
            raise RuntimeError("gone")
        finally:
            break
    return "after loop, i = " + str(i)


def continue_swallows():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("skip")
            seen.append(i)
        finally:
            continue
    return seen


def break_overrides_return():
    while True:
        try:
            return "try return"
        finally:
            break
    return "after while"


def finally_raises():
    try:
        return "try"
    finally:
        raise IndexError("from finally")


print(return_overrides_return())
print(return_swallows_exception())
print(except_raises_finally_returns())
print(break_swallows())
print(continue_swallows())
print(break_overrides_return())
try:
    finally_raises()
except IndexError as e:
    print("IndexError:", e)


def replaced():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


try:
    replaced()
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
