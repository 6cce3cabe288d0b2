# finally always runs: normal exit, exception, return, break and continue.
def normal():
    try:
        print("  body")
    finally:
        print("  finally")
    return "normal done"


print(normal())


def with_return():
    try:
        return "from try"
    finally:
        print("  finally before return")


print(with_return())


def with_exception():
    try:
        raise ValueError("boom")
    finally:
        print("  finally during exception")


try:
    with_exception()
except ValueError as e:
    print("caught", e)
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("  body", i)
    finally:
        print("  finally", i)


def nested_finally():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


try:
    nested_finally()
except KeyError as e:
    print("caught", repr(e))


def return_value_computed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x set to", x)


print(return_value_computed_before_finally())


def except_and_finally():
    try:
        raise TypeError("t")
    except TypeError:
        print("  except")
        return "from except"
    finally:
        print("  finally after except")


print(except_and_finally())
