# Bare raise re-raises the exception being handled, keeping its identity.
def reraise():
    try:
        raise ValueError("original")
    except ValueError as e:
        print("  handling", e)
        raise


try:
    reraise()
except ValueError as e:
    print("caught again:", e)
saved = None
try:
    try:
        raise KeyError("same object")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print("identical:", e2 is saved)


def reraise_after_inner():
    try:
        raise TypeError("outer one")
    except TypeError:
        try:
            raise ValueError("inner one")
        except ValueError:
            pass
        raise


try:
    reraise_after_inner()
except Exception as e:
    print("re-raised:", type(e).__name__, e)


def reraise_via_name():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e


try:
    reraise_via_name()
except ZeroDivisionError as e:
    print("raise e:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def conditional_reraise(n):
    try:
        raise IndexError(n)
    except IndexError as e:
        if n > 1:
            raise
        return "handled " + str(e)


print(conditional_reraise(1))
try:
    conditional_reraise(5)
except IndexError as e:
    print("propagated", e)


def reraise_in_finally_path():
    try:
        try:
            raise OSError("disk")
        except OSError:
            print("  logging")
            raise
        finally:
            print("  cleanup")
    except OSError as e:
        return "outer " + str(e)


print(reraise_in_finally_path())
